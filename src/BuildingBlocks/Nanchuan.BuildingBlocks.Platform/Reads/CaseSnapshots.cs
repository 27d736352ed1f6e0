using System.Collections.Concurrent;
using JasperFx.MultiTenancy;
using Marten;
using Marten.Internal;
using Marten.Internal.Storage;
using Marten.Storage;
using Weasel.Storage;
using Npgsql;
using Polly;

namespace Nanchuan.BuildingBlocks.Platform.Reads;

/// <summary>
/// A case's stored document (its snapshot) read by id without a Marten session (ADR 0202): one statement on a connection of
/// the store's own data source — Marten's columns, table and schema for the type, the one a query session's
/// <c>LoadAsync</c> sends — and the row turned into the document by Marten's own selector (its serializer and options, the
/// metadata columns it sets, e.g. the revision as <c>Version</c>), so the document equals what <c>LoadAsync</c> gives.
/// For the case GETs (<see cref="CaseReadFrame"/>): an endpoint takes it in place of an <see cref="IQuerySession"/> and so
/// opens no session; an endpoint that needs more (events, queries) keeps its query session. Like a session's read, a read that
/// fails on the way to the database is tried again with Marten's default retries of its reads (its store keeps its own pipeline
/// internal), so a connection lost to a restart or a failover is replaced, not answered as an error.
/// </summary>
public sealed class CaseSnapshots(IDocumentStore store)
{
    private readonly ConcurrentDictionary<Type, object> _reads = new();
    private static readonly ResiliencePipeline Retries = new ResiliencePipelineBuilder().AddRetry(new()
    {
        ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(),
        MaxRetryAttempts = 3,
        Delay = TimeSpan.FromMilliseconds(50),
        BackoffType = DelayBackoffType.Exponential,
    }).Build();

    /// <summary>The document <typeparamref name="T"/> stored under <paramref name="id"/>; null when there is none.</summary>
    public async Task<T?> LoadAsync<T>(Guid id, CancellationToken cancellation) where T : class
    {
        var read = _reads.TryGetValue(typeof(T), out var known) ? (SnapshotRead<T>)known : await ReadOfAsync<T>(cancellation);
        return await Retries.ExecuteAsync(static (state, token) => ReadAsync(state.Database, state.read, state.id, token),
            (store.Storage.Database, read, id), cancellation);
    }

    private static async ValueTask<T?> ReadAsync<T>(IMartenDatabase database, SnapshotRead<T> read, Guid id, CancellationToken cancellation)
        where T : class
    {
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(read.Sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = id });
        await using var row = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellation);
        // The row is in memory once read (not sequential access): Marten's synchronous resolve, without its asynchronous
        // path through a stream (as ADR 0175's replay does).
        return await row.ReadAsync(cancellation) ? read.Selector.Resolve(row) : null;
    }

    /// <summary>
    /// What Marten's query-only storage of <typeparamref name="T"/> selects and how it reads the row, taken once from a query
    /// session: the selector of a query session keeps nothing of it but the store's serializer (no identity map, no tracking).
    /// </summary>
    private async Task<SnapshotRead<T>> ReadOfAsync<T>(CancellationToken cancellation) where T : class
    {
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(T), cancellation);
        await using var session = store.QuerySession();
        var storage = ((IMartenSession)session).StorageFor<T>();
        if (storage.TenancyStyle != TenancyStyle.Single || storage is not IDocumentStorage<T, Guid>
            // A sub-class of a hierarchy (not a document type of its own) is loaded with a filter on its type.
            || !store.Options.AllKnownDocumentTypes().Any(known => known.DocumentType == typeof(T)))
            throw new NotSupportedException($"{typeof(T).Name}: a case snapshot is read by its Guid id from a single-tenant table of its own type (ADR 0202).");
        var read = new SnapshotRead<T>(
            $"select {string.Join(", ", storage.SelectFields())} from {storage.TableName.QualifiedName} as d where d.id = $1",
            (ISelector<T>)storage.BuildSelector((IMartenSession)session));
        _reads.TryAdd(typeof(T), read);
        return read;
    }

    private sealed record SnapshotRead<T>(string Sql, ISelector<T> Selector);
}
