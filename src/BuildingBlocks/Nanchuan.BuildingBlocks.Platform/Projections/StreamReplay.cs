using System.Reflection;
using System.Threading.Channels;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events;
using Marten.Events.Aggregation;
using Marten.Internal;
using Npgsql;
using Weasel.Core;

namespace Nanchuan.BuildingBlocks.Platform.Projections;

/// <summary>
/// The rebuild of an inline single-stream projection (a case's snapshot, its list row) without the projection daemon
/// (docs/adr/0156): the streams are read a page at a time in stream order (a range of the stream index, docs/adr/0208), each stream's events folded into its document by
/// the projection's own aggregator, and the documents written with binary <c>COPY</c> while the next page is read, into the
/// table without its plain indexes, created again at the end (docs/adr/0175). Marten's
/// daemon fetches 500 events, applies them and upserts their documents one after the other, at a fifth of this speed
/// (bench S7). Any other projection (several streams to one document, SQL report tables, async) is left to the daemon.
/// </summary>
public static class StreamReplay
{
    /// <summary>Streams read per query (their events in the order of the stream index), and their documents written in one COPY.</summary>
    public const int StreamsPerPage = 5_000;

    /// <summary>Rebuilds the named projection if it is one this path serves, and says what it read and wrote; null when it does not serve it.</summary>
    public static async Task<StreamReplayed?> TryRebuildAsync(IDocumentStore store, string name, CancellationToken cancellation)
    {
        // The projections themselves (not only their names and lifecycles) are on the store's own options.
        var source = (store as DocumentStore)?.Options.Projections.All.FirstOrDefault(p => p.Name == name);
        if (source is not { Lifecycle: ProjectionLifecycle.Inline } || DocumentOf(source.GetType()) is not { } document) return null;
        var rebuild = typeof(StreamReplay).GetMethod(nameof(RebuildAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(document);
        return await (Task<StreamReplayed>)rebuild.Invoke(null, [store, source, cancellation])!;
    }

    /// <summary>
    /// Whether the replay reads the events' headers for this projection (of this document): only when the projection's code or
    /// its document's may read them (docs/adr/0208).
    /// </summary>
    public static bool ReadsEventHeaders(Type projection, Type document) => EventHeaderReaders.MayRead(projection, document);

    /// <summary>The document type of a single-stream projection keyed by the stream's Guid, in a writable <c>Id</c> property; or null.</summary>
    internal static Type? DocumentOf(Type projection)
    {
        for (var type = projection; type is not null; type = type.BaseType)
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(SingleStreamProjection<,>) && type.GenericTypeArguments[1] == typeof(Guid))
                return type.GenericTypeArguments[0].GetProperty("Id") is { CanWrite: true } id && id.PropertyType == typeof(Guid) ? type.GenericTypeArguments[0] : null;
        return null;
    }

    private static async Task<StreamReplayed> RebuildAsync<TDoc>(IDocumentStore store, SingleStreamProjection<TDoc, Guid> projection, CancellationToken cancellation)
        where TDoc : class
    {
        await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(TDoc), cancellation);
        var indexes = await SecondaryIndexes.DropAsync(store, typeof(TDoc), cancellation);
        try
        {
            return await CopyInAsync(store, projection, cancellation);
        }
        finally
        {
            await indexes.CreateAsync(CancellationToken.None);
        }
    }

    private static async Task<StreamReplayed> CopyInAsync<TDoc>(IDocumentStore store, SingleStreamProjection<TDoc, Guid> projection, CancellationToken cancellation)
        where TDoc : class
    {
        // One page's documents are copied in while the next page is read and folded: PostgreSQL and the app work at once.
        // A failed COPY stops the reading, and its error is the one thrown.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var pages = Channel.CreateBounded<List<TDoc>>(1);
        var writer = Task.Run(async () =>
        {
            var written = 0L;
            try
            {
                await foreach (var documents in pages.Reader.ReadAllAsync(stop.Token))
                {
                    await store.BulkInsertAsync(documents, BulkInsertMode.InsertsOnly, documents.Count, stop.Token);
                    written += documents.Count;
                }
                return written;
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }, stop.Token);
        (long Rows, bool EveryRow) read;
        try
        {
            read = await ReadAndFoldAsync(store, projection, pages.Writer, stop.Token);
            pages.Writer.Complete();
        }
        catch (Exception e)
        {
            pages.Writer.TryComplete(e);
            await writer;
            throw;
        }
        return new StreamReplayed(read.Rows, read.EveryRow, await writer);
    }

    /// <summary>Reads the streams' events a page at a time and folds them; returns how many rows it read and whether it had to read every row.</summary>
    private static async Task<(long Rows, bool EveryRow)> ReadAndFoldAsync<TDoc>(IDocumentStore store, SingleStreamProjection<TDoc, Guid> projection,
        ChannelWriter<List<TDoc>> pages, CancellationToken cancellation) where TDoc : class
    {
        IAggregator<TDoc, Guid, IQuerySession> aggregator = projection;
        var identity = new IdProperty<TDoc>(typeof(TDoc).GetProperty("Id")!);
        await using var folding = store.QuerySession();
        // Marten's own event reader (its columns, its upcasts and metadata), called synchronously on rows already read: its
        // asynchronous path deserialised every body from a stream through awaits, most of the replay's CPU (ADR 0175).
        var events = (EventDocumentStorage)((IMartenSession)folding).EventStorage();
        // Only the rows that can be read as an event type the projection folds leave PostgreSQL (ADR 0236): the holiday
        // schedules' replay read and deserialised every request's events to fold none of them.
        var folded = FoldedEventTypes.Of(projection, events.Events);
        // The headers (a jsonb of who acted and the event's seal, read into a dictionary per event: a third of Resolve's CPU)
        // are left out, as null, for a projection whose code never reads them (ADR 0208).
        var headers = ReadsEventHeaders(projection.GetType(), typeof(TDoc));
        var fields = events.SelectFields().Select(f => f == "headers" && !headers ? "null::jsonb" : f);
        // A page is the range of its first and last stream, read in the order of the (stream_id, version) index with no sort.
        // The page's ids as `= any($1)` instead let PostgreSQL's estimate (a tenth of the store per page) choose a parallel
        // scan of every event, a sort on disk and a JIT compilation for each page: most of the database's CPU (ADR 0208).
        var select = $"select {string.Join(", ", fields)} from {store.Options.Events.DatabaseSchemaName}.mt_events as d " +
                     "where d.stream_id >= $1 and d.stream_id <= $2 and d.is_archived = false " +
                     (folded.ReadsEveryRow ? "" : "and (d.type = any($3) or d.mt_dotnet_type = any($4)) ") +
                     "order by d.stream_id, d.version";
        var rowsRead = 0L;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        // Only reads: the transaction is there so that the settings end with it (pooled connections keep no session state).
        // No sequential scan: with a few pages (a quarter of the store each at 200,000 events) PostgreSQL chose to read the whole
        // event table and sort a page's rows out of it, for each page: four times the events read (S7, ADR 0236).
        await using var reading = await connection.BeginTransactionAsync(cancellation);
        await using (var settings = new NpgsqlCommand("set local jit = off; set local enable_seqscan = off", connection))
            await settings.ExecuteNonQueryAsync(cancellation);
        for (var page = await StreamsAfterAsync(connection, store, Guid.Empty, cancellation); page.Count > 0;
             page = await StreamsAfterAsync(connection, store, page.Last, cancellation))
        {
            var documents = new List<TDoc>(page.Count);
            var stream = new List<IEvent>();
            await using (var command = new NpgsqlCommand(select, connection))
            {
                command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = page.First });
                command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = page.Last });
                if (!folded.ReadsEveryRow)
                {
                    command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = folded.Aliases });
                    command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = folded.DotNetTypeNames });
                }
                await using var rows = await command.ExecuteReaderAsync(cancellation);
                while (await rows.ReadAsync(cancellation))
                {
                    rowsRead++;
                    // Kept by the type it was read as: an event stored under an older alias and upcast (ADR 0060's first
                    // assignments) counts as the type it became, as in the daemon.
                    var e = events.Resolve(rows);
                    if (!folded.Folds(e.EventType)) continue;
                    if (stream.Count > 0 && stream[0].StreamId != e.StreamId)
                    {
                        await FoldAsync(stream);
                        stream = [];
                    }
                    stream.Add(e);
                }
            }
            if (stream.Count > 0) await FoldAsync(stream);
            if (documents.Count > 0) await pages.WriteAsync(documents, cancellation);

            async Task FoldAsync(List<IEvent> of)
            {
                if (await aggregator.BuildAsync(of, folding, null, of[0].StreamId, identity, cancellation) is { } document) documents.Add(document);
            }
        }
        return (rowsRead, folded.ReadsEveryRow);
    }

    /// <summary>The next page: the first and last of the next <see cref="StreamsPerPage"/> streams after <paramref name="after"/>, and how many there are.</summary>
    private static async Task<StreamRange> StreamsAfterAsync(NpgsqlConnection connection, IDocumentStore store, Guid after, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(
            // One row for the page (PostgreSQL 15 has no min/max of uuid): its first and last id and its size, over the ids in order.
            $"select first_value(id) over ids, last_value(id) over ids, count(*) over ids from (select id from {store.Options.Events.DatabaseSchemaName}.mt_streams " +
            $"where id > $1 and not is_archived order by id limit {StreamsPerPage}) as page " +
            "window ids as (order by id rows between unbounded preceding and unbounded following) limit 1", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = after });
        await using var row = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SingleRow, cancellation);
        return await row.ReadAsync(cancellation) ? new StreamRange(row.GetGuid(0), row.GetGuid(1), (int)row.GetInt64(2)) : new StreamRange(Guid.Empty, Guid.Empty, 0);
    }

    private readonly record struct StreamRange(Guid First, Guid Last, int Count);

    /// <summary>Sets a folded document's id to its stream's, as Marten's storage does when it writes a projected document.</summary>
    private sealed class IdProperty<TDoc>(PropertyInfo id) : IIdentitySetter<TDoc, Guid>
    {
        public void SetIdentity(TDoc document, Guid identity) => id.SetValue(document, identity);

        public Guid Identity(TDoc document) => (Guid)id.GetValue(document)!;
    }
}

/// <summary>What a stream replay did.</summary>
/// <param name="EventRowsRead">Rows of the event table it read (ADR 0236: those that can be read as an event type the projection folds).</param>
/// <param name="ReadEveryEventType">True when it could not know the event types the projection folds and read every row (ADR 0236).</param>
/// <param name="Documents">Documents it wrote.</param>
public sealed record StreamReplayed(long EventRowsRead, bool ReadEveryEventType, long Documents);
