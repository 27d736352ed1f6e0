using System.Collections.Concurrent;
using System.Reflection;
using System.Threading.Channels;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events;
using Marten.Events.Aggregation;
using Npgsql;
using Weasel.Core;

namespace Nanchuan.BuildingBlocks.Platform.Projections;

/// <summary>
/// The rebuild of an inline single-stream projection (a case's snapshot, its list row) without the projection daemon
/// (docs/adr/0156): the streams are read a page at a time in stream order, each stream's events folded into its document by
/// the projection's own aggregator, and the documents written with binary <c>COPY</c> while the next page is read. Marten's
/// daemon fetches 500 events, applies them and upserts their documents one after the other, at a fifth of this speed
/// (bench S7). Any other projection (several streams to one document, SQL report tables, async) is left to the daemon.
/// </summary>
public static class StreamReplay
{
    /// <summary>Streams read per query: their events sorted in memory by PostgreSQL, and their documents written in one COPY.</summary>
    public const int StreamsPerPage = 5_000;

    /// <summary>Rebuilds the named projection if it is one this path serves, and says whether it did.</summary>
    public static async Task<bool> TryRebuildAsync(IDocumentStore store, string name, CancellationToken cancellation)
    {
        // The projections themselves (not only their names and lifecycles) are on the store's own options.
        var source = (store as DocumentStore)?.Options.Projections.All.FirstOrDefault(p => p.Name == name);
        if (source is not { Lifecycle: ProjectionLifecycle.Inline } || DocumentOf(source.GetType()) is not { } document) return false;
        var rebuild = typeof(StreamReplay).GetMethod(nameof(RebuildAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(document);
        await (Task)rebuild.Invoke(null, [store, source, cancellation])!;
        return true;
    }

    /// <summary>The document type of a single-stream projection keyed by the stream's Guid, in a writable <c>Id</c> property; or null.</summary>
    internal static Type? DocumentOf(Type projection)
    {
        for (var type = projection; type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(SingleStreamProjection<,>) && type.GenericTypeArguments[1] == typeof(Guid))
                return type.GenericTypeArguments[0].GetProperty("Id") is { CanWrite: true } id && id.PropertyType == typeof(Guid) ? type.GenericTypeArguments[0] : null;
        return null;
    }

    private static async Task RebuildAsync<TDoc>(IDocumentStore store, SingleStreamProjection<TDoc, Guid> projection, CancellationToken cancellation)
        where TDoc : class
    {
        await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(TDoc), cancellation);

        // One page's documents are copied in while the next page is read and folded: PostgreSQL and the app work at once.
        // A failed COPY stops the reading, and its error is the one thrown.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var pages = Channel.CreateBounded<List<TDoc>>(1);
        var writer = Task.Run(async () =>
        {
            try
            {
                await foreach (var documents in pages.Reader.ReadAllAsync(stop.Token))
                    await store.BulkInsertAsync(documents, BulkInsertMode.InsertsOnly, documents.Count, stop.Token);
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }, stop.Token);
        try
        {
            await ReadAndFoldAsync(store, projection, pages.Writer, stop.Token);
            pages.Writer.Complete();
        }
        catch (Exception e)
        {
            pages.Writer.TryComplete(e);
            await writer;
            throw;
        }
        await writer;
    }

    private static async Task ReadAndFoldAsync<TDoc>(IDocumentStore store, SingleStreamProjection<TDoc, Guid> projection, ChannelWriter<List<TDoc>> pages,
        CancellationToken cancellation) where TDoc : class
    {
        var eventTypes = projection.IncludedEventTypes.ToArray();
        var included = new ConcurrentDictionary<Type, bool>();
        IAggregator<TDoc, Guid, IQuerySession> aggregator = projection;
        var identity = new IdProperty<TDoc>(typeof(TDoc).GetProperty("Id")!);
        await using var streams = store.Storage.Database.CreateConnection();
        await streams.OpenAsync(cancellation);
        await using var reader = store.QuerySession();
        await using var folding = store.QuerySession();
        for (var page = await StreamsAfterAsync(streams, store, Guid.Empty, cancellation); page.Length > 0;
             page = await StreamsAfterAsync(streams, store, page[^1], cancellation))
        {
            // Every event of the page's streams, filtered here by the type it was read as: an event stored under an older
            // alias and upcast (ADR 0060's first assignments) counts as the type it became, as in the daemon.
            var events = (await reader.Events.QueryAllRawEvents()
                    .Where(e => page.Contains(e.StreamId))
                    .OrderBy(e => e.StreamId).ThenBy(e => e.Version)
                    .ToListAsync(cancellation))
                .Where(e => included.GetOrAdd(e.EventType, type => eventTypes.Any(t => t.IsAssignableFrom(type)))).ToList();
            var documents = new List<TDoc>(page.Length);
            foreach (var stream in ByStream(events))
                if (await aggregator.BuildAsync(stream, folding, null, stream[0].StreamId, identity, cancellation) is { } document)
                    documents.Add(document);
            if (documents.Count > 0) await pages.WriteAsync(documents, cancellation);
        }
    }

    private static async Task<Guid[]> StreamsAfterAsync(NpgsqlConnection connection, IDocumentStore store, Guid after, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            $"select id from {store.Options.Events.DatabaseSchemaName}.mt_streams where id > $1 and not is_archived order by id limit {StreamsPerPage}", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = after });
        var ids = new List<Guid>(StreamsPerPage);
        await using var rows = await command.ExecuteReaderAsync(cancellation);
        while (await rows.ReadAsync(cancellation)) ids.Add(rows.GetGuid(0));
        return [.. ids];
    }

    /// <summary>Consecutive events of the same stream (the list is in stream order).</summary>
    private static IEnumerable<List<IEvent>> ByStream(IReadOnlyList<IEvent> events)
    {
        var chunk = new List<IEvent>();
        foreach (var e in events)
        {
            if (chunk.Count > 0 && chunk[0].StreamId != e.StreamId)
            {
                yield return chunk;
                chunk = [];
            }
            chunk.Add(e);
        }
        if (chunk.Count > 0) yield return chunk;
    }

    /// <summary>Sets a folded document's id to its stream's, as Marten's storage does when it writes a projected document.</summary>
    private sealed class IdProperty<TDoc>(PropertyInfo id) : IIdentitySetter<TDoc, Guid>
    {
        public void SetIdentity(TDoc document, Guid identity) => id.SetValue(document, identity);

        public Guid Identity(TDoc document) => (Guid)id.GetValue(document)!;
    }
}
