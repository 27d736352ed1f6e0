using System.Reflection;
using JasperFx.Events;
using Marten;
using Marten.Services.BatchQuerying;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Events;

namespace Nanchuan.BuildingBlocks.Platform.Writes;

/// <summary>
/// The one write pipeline of every module (ADR 0027): load the case for writing (with the read rows the decision needs,
/// in the same round trip), decide in a pure function that returns events, append them, answer what was recorded.
/// The fetched aggregate is never changed here: Marten's inline snapshot applies the appended events to it at commit,
/// and Wolverine writes the response after the commit, so an endpoint that answers the aggregate answers the new state.
/// </summary>
public static class CaseStreams
{
    /// <summary>
    /// Loads the case <paramref name="id"/> for a write at the version it has now; a concurrent append makes the write a
    /// 409, and so does an <c>If-Match</c> naming another version (checked here, before anything is decided).
    /// <c>alongside</c> loads read rows in the same batch, e.g. the list row an inline projection will update: loaded
    /// into the session's identity map (<c>UseIdentityMapFor</c> first), the projection finds them there instead of
    /// loading each one again (bench/RESULTS.md, S1).
    /// </summary>
    public static async Task<IEventStream<T>> LoadAsync<T>(
        IDocumentSession session, Guid id, CaseName name, CancellationToken cancellation, Action<IBatchedQuery>? alongside = null)
        where T : class
    {
        return await LoadIfAnyAsync<T>(session, id, cancellation, alongside) ?? throw name.NotFound(id);
    }

    /// <summary>As <see cref="LoadAsync{T}"/>, for a caller to whom an unknown case is no error (a timer of a removed case).</summary>
    public static async Task<IEventStream<T>?> LoadIfAnyAsync<T>(
        IDocumentSession session, Guid id, CancellationToken cancellation, Action<IBatchedQuery>? alongside = null)
        where T : class
    {
        // No stream can have the empty id (Marten refuses it as an argument): a route naming it names no case.
        if (id == Guid.Empty) return null;
        IEventStream<T> stream;
        if (alongside is null)
        {
            stream = await session.Events.FetchForWriting<T>(id, cancellation);
        }
        else
        {
            var batch = session.CreateBatchQuery();
            var fetched = batch.Events.FetchForWriting<T>(id);
            alongside(batch);
            await batch.Execute(cancellation);
            stream = await fetched;
        }
        if (stream.Aggregate is null) return null;
        CaseWrite.Current?.VerifyFetched(id, stream.StartingVersion ?? 0);
        return stream;
    }

    /// <summary>
    /// Starts the case <paramref name="id"/> with the events a decision returned and answers the case as they make it,
    /// folded by Marten's own aggregator for <typeparamref name="T"/> (the Create/Apply methods its projection runs).
    /// </summary>
    public static async Task<T> StartAsync<T>(IDocumentSession session, Guid id, IReadOnlyList<object> events, CancellationToken cancellation)
        where T : class
    {
        var started = session.Events.StartStream<T>(id, events);
        var state = await Aggregator<T>(session).BuildAsync(started.Events, session, null, cancellation)
                    ?? throw new InvalidOperationException($"{typeof(T).Name} cannot be built from its first events.");
        return AtVersion(state, started.Events.Count);
    }

    /// <summary>
    /// The case as it will stand once the events appended to <paramref name="stream"/> are committed, for the answer: the
    /// appended events folded by Marten's own aggregator into a copy, never into the fetched instance (Marten's inline
    /// snapshot applies them to that one at commit; applying them here too would count them twice). A stream the
    /// request starts (no aggregate yet) is folded from its first events.
    /// </summary>
    public static async Task<T> StateAfterAsync<T>(IDocumentSession session, IEventStream<T> stream, CancellationToken cancellation)
        where T : class
    {
        var copy = stream.Aggregate is null ? null : Copy(session, stream.Aggregate);
        var state = await Aggregator<T>(session).BuildAsync(stream.Events, session, copy, cancellation)
                    ?? copy ?? throw new InvalidOperationException($"{typeof(T).Name} cannot be built from the events of stream {stream.Id}.");
        return AtVersion(state, (stream.StartingVersion ?? 0) + stream.Events.Count);
    }

    /// <summary>
    /// The case as its first events made it (time travel, ADR 0167): the events folded once by Marten's own aggregator for
    /// <typeparamref name="T"/>, at the version of the last of them; null when they build no case.
    /// </summary>
    internal static async Task<T?> FoldAsync<T>(IQuerySession session, IReadOnlyList<IEvent> events, CancellationToken cancellation)
        where T : class
    {
        var state = await Aggregator<T>(session).BuildAsync(events, session, null, cancellation);
        return state is null ? null : AtVersion(state, events[^1].Version);
    }

    /// <summary>
    /// Marten's aggregator folds events but leaves the aggregate's <c>Version</c> alone (its inline snapshot sets it at commit),
    /// so the state answered before the commit gets the version it will be stored with here: a client reading the answer's
    /// version (for If-Match, or to compare with a later read's ETag) sees the stream's, never the fetched one or 0.
    /// </summary>
    private static T AtVersion<T>(T state, long version) where T : class
    {
        VersionMember<T>.Set?.Invoke(state, version);
        return state;
    }

    /// <summary>The public settable <c>Version</c> (int or long) Marten's snapshot keeps, by its naming convention; null when there is none.</summary>
    private static class VersionMember<T>
    {
        public static readonly Action<T, long>? Set = Find();

        private static Action<T, long>? Find()
        {
            var property = typeof(T).GetProperty("Version", BindingFlags.Public | BindingFlags.Instance);
            if (property is not { CanWrite: true }) return null;
            if (property.PropertyType == typeof(long)) return (state, version) => property.SetValue(state, version);
            if (property.PropertyType == typeof(int)) return (state, version) => property.SetValue(state, checked((int)version));
            return null;
        }
    }

    private static T Copy<T>(IDocumentSession session, T aggregate) where T : class
    {
        var serializer = session.DocumentStore.Options.Serializer();
        using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(serializer.ToJson(aggregate)));
        return serializer.FromJson<T>(json);
    }

    private static JasperFx.Events.Aggregation.IAggregator<T, IQuerySession> Aggregator<T>(IQuerySession session) where T : class =>
        ((StoreOptions)session.DocumentStore.Options).Projections.AggregatorFor<T>();

    /// <summary>Appends the event a decision returned and says what was recorded.</summary>
    public static CaseStepRecorded Append<T>(IEventStream<T> stream, IDescribedEvent recorded) where T : class
    {
        stream.AppendOne(recorded);
        return new CaseStepRecorded(stream.Id, stream.CurrentVersion ?? (stream.StartingVersion ?? 0) + 1, recorded.GetType().Name, recorded.Describe());
    }
}

/// <summary>What a case is called, in both languages, for the answers about it (e.g. 404 "没有编号为 … 的企业诉求 / no enterprise request …").</summary>
public sealed record CaseName(string Chinese, string English)
{
    public NotFoundException NotFound(object id) => new($"没有编号为 {id} 的{Chinese} / no {English} with id {id}.");
}

/// <summary>What a step recorded: the event, its Chinese summary and the case's version after it (also the response's ETag).</summary>
public sealed record CaseStepRecorded(Guid Id, long Version, string Event, string Summary) : IOpenApiExample<CaseStepRecorded>
{
    public static CaseStepRecorded Example => new(
        Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), 4, "GrievanceEvaluated", "回访评价（第1轮）：企业满意，路面已修复");
}
