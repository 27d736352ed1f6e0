using JasperFx.Events;
using Marten;
using Nanchuan.BuildingBlocks.Errors;
using Nanchuan.BuildingBlocks.Events;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Reading;
using Nanchuan.Grievances.Reporting;

namespace Nanchuan.Grievances.Access;

/// <summary>
/// What a step recorded: the event, its Chinese summary and the stream version after it.
/// </summary>
public sealed record GrievanceStepRecorded(Guid Id, long Version, string Event, string Summary) : IOpenApiExample<GrievanceStepRecorded>
{
    public static GrievanceStepRecorded Example => new(
        Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), 4, nameof(GrievanceEvaluated), "回访评价（第1轮）：企业满意，路面已修复");
}

/// <summary>Loading a request for a write: with the version it had, so a concurrent change makes this write a 409.</summary>
public static class GrievanceStreams
{
    /// <remarks>
    /// The list row and the request's handling-round rows are read in the same round trip and kept in the session's
    /// identity map: the inline projections that update them at commit find them there instead of loading each one
    /// (four round trips per command became two; bench/RESULTS.md, S1).
    /// </remarks>
    public static async Task<IEventStream<Grievance>> FetchForWritingAsync(IDocumentSession session, Guid id, CancellationToken cancellation)
    {
        var stream = await FetchForWritingIfAnyAsync(session, id, cancellation);
        return stream.Aggregate is null ? throw NotFound(id) : stream;
    }

    /// <summary>As <see cref="FetchForWritingAsync"/>, for a caller to whom an unknown id is no error (a timer of a removed request).</summary>
    public static async Task<IEventStream<Grievance>> FetchForWritingIfAnyAsync(IDocumentSession session, Guid id, CancellationToken cancellation)
    {
        session.UseIdentityMapFor<GrievanceListItem>();
        session.UseIdentityMapFor<HandlingRoundRow>();
        var batch = session.CreateBatchQuery();
        var fetched = batch.Events.FetchForWriting<Grievance>(id);
        var listed = batch.Load<GrievanceListItem>(id);
        var rounds = batch.Query<HandlingRoundRow>().Where(row => row.Round.GrievanceId == id).ToList();
        await batch.Execute(cancellation);
        await Task.WhenAll(listed, rounds);
        return await fetched;
    }

    public static NotFoundException NotFound(Guid id) => new($"没有编号为 {id} 的企业诉求 / no enterprise request with id {id}.");

    /// <summary>Appends the event the decision returned and says what was recorded.</summary>
    public static GrievanceStepRecorded Append(IEventStream<Grievance> stream, IDescribedEvent recorded)
    {
        stream.AppendOne(recorded);
        return new GrievanceStepRecorded(stream.Id, (stream.StartingVersion ?? 0) + 1, recorded.GetType().Name, recorded.Describe());
    }
}
