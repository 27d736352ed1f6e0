using System.Reflection;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.BuildingBlocks.Platform.Integrity;
using Nanchuan.Grievances;
using Nanchuan.Licensing;
using Nanchuan.Oversight;
using Npgsql;
using NpgsqlTypes;

namespace Nanchuan.Bench;

/// <summary>
/// Writes S11's streams into the platform's store at bulk speed with the rows the platform itself would write (ADR 0228): each
/// batch's events are made, stamped and numbered by Marten and the platform's listeners exactly as a save would, sealed as the
/// trigger of ADR 0086 seals an insert (computed here: the trigger cost more than all the rest of the copy), and copied into
/// <c>mt_streams</c> and <c>mt_events</c> with binary <c>COPY</c>; then the store's inline projections — the very list a save runs
/// (snapshots, report tables) — are run on those events in a session of their own, whose save writes their documents and rows.
/// So each event's insert of a save (its parse, bind and round trip, its trigger) becomes a row of a copy, and only the
/// projections' own statements remain. The generator's connections commit without waiting for the WAL flush
/// (<c>synchronous_commit=off</c>): a throwaway bench database, never the platform's settings.
/// </summary>
public sealed class DistrictCopy : IDisposable
{
    private readonly DocumentStore _store;
    private readonly EventGraph _events;
    private readonly ISerializer _serializer;
    private readonly IInlineProjection<IDocumentOperations>[] _inline;
    private readonly SemaphoreSlim _projecting = new(1);

    private DistrictCopy(DocumentStore store)
    {
        _store = store;
        _events = (EventGraph)store.Options.Events;
        _serializer = store.Options.Serializer();
        _inline = InlineProjectionsOf(_events);
    }

    /// <summary>The platform's store for the modules S11 writes, configured as the platform's; the platform owns the schema.</summary>
    public static DistrictCopy Open(string connectionString)
    {
        var unflushed = new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c synchronous_commit=off" }.ConnectionString;
        var options = PlatformHosting.StoreOptionsFor(unflushed, [new GrievancesModule(), new LicensingModule(), new OversightModule()]);
        options.AutoCreateSchemaObjects = AutoCreate.None;
        return new DistrictCopy(new DocumentStore(options));
    }

    public IDocumentStore Store => _store;

    /// <summary>
    /// Writes a batch in two halves at once, each on connections of its own: one half is made, sealed and copied while the other's
    /// projections are saved, so both cores work.
    /// </summary>
    public Task WriteAsync(IReadOnlyList<DistrictStream> streams, CancellationToken cancellation)
    {
        var half = (streams.Count + 1) / 2;
        return Task.WhenAll(WriteHalfAsync([.. streams.Take(half)], cancellation), WriteHalfAsync([.. streams.Skip(half)], cancellation));
    }

    private async Task WriteHalfAsync(IReadOnlyList<DistrictStream> streams, CancellationToken cancellation)
    {
        if (streams.Count == 0) return;
        await using var building = _store.LightweightSession();
        var actions = streams.Select(s => building.Events.StartStream(s.Aggregate, s.Id, [.. s.Events])).ToList();
        foreach (var listener in _store.Options.Listeners) await listener.BeforeSaveChangesAsync(building, cancellation);

        await using (var connection = _store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync(cancellation);
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            var sequences = await SequencesAsync(connection, actions.Sum(a => a.Events.Count), cancellation);
            var now = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            var rows = new List<CopiedEvent>(sequences.Count);
            foreach (var action in actions)
            {
                action.PrepareEvents(0, _events, sequences, (IMetadataContext)building);
                // A quick append leaves the sequence number and the time to the insert; the copy gives them here.
                foreach (var e in action.Events)
                {
                    if (e.Sequence == 0) e.Sequence = sequences.Dequeue();
                    if (e.Timestamp == default) e.Timestamp = now;
                }
                rows.AddRange(Sealed(action));
            }
            await using (var bypass = new NpgsqlCommand("set local session_replication_role = replica", connection)) await bypass.ExecuteNonQueryAsync(cancellation);
            await CopyStreamsAsync(connection, actions, cancellation);
            await CopyEventsAsync(connection, rows, cancellation);
            await transaction.CommitAsync(cancellation);
        }

        await ProjectAsync(actions, cancellation);
    }

    /// <summary>
    /// The inline projections' documents and rows of the copied events, saved in one transaction, one half at a time: the halves
    /// of a batch share rows (a month's one-trip totals, ADR 0198), which two transactions at once would lock in opposite orders.
    /// </summary>
    private async Task ProjectAsync(List<StreamAction> actions, CancellationToken cancellation)
    {
        await _projecting.WaitAsync(cancellation);
        try
        {
            await using var session = _store.LightweightSession();
            foreach (var projection in _inline) await projection.ApplyAsync(session, actions, cancellation);
            await session.SaveChangesAsync(cancellation);
        }
        finally
        {
            _projecting.Release();
        }
    }

    /// <summary>Numbers from the events' sequence, as many as the batch has events, taken as a quick append takes them.</summary>
    private static async Task<Queue<long>> SequencesAsync(NpgsqlConnection connection, int count, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("select nextval('events.mt_events_sequence') from generate_series(1, $1)", connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        var sequences = new Queue<long>(count);
        await using var rows = await command.ExecuteReaderAsync(cancellation);
        while (await rows.ReadAsync(cancellation)) sequences.Enqueue(rows.GetInt64(0));
        return sequences;
    }

    private async Task CopyStreamsAsync(NpgsqlConnection connection, List<StreamAction> actions, CancellationToken cancellation)
    {
        await using var copy = await connection.BeginBinaryImportAsync("copy events.mt_streams (id, type, version, tenant_id) from stdin (format binary)", cancellation);
        foreach (var action in actions)
        {
            await copy.StartRowAsync(cancellation);
            await copy.WriteAsync(action.Id, NpgsqlDbType.Uuid, cancellation);
            await copy.WriteAsync(_events.AggregateAliasFor(action.AggregateType!), NpgsqlDbType.Varchar, cancellation);
            await copy.WriteAsync(action.Version, NpgsqlDbType.Bigint, cancellation);
            await copy.WriteAsync(action.TenantId, NpgsqlDbType.Varchar, cancellation);
        }
        await copy.CompleteAsync(cancellation);
    }

    private sealed record CopiedEvent(IEvent Event, string Data, string Headers);

    /// <summary>
    /// A stream's events with their data and headers as stored, each sealed over its predecessor as the trigger of ADR 0086 seals an
    /// insert (<see cref="EventSeal.Compute"/> over the text PostgreSQL would hash, <see cref="JsonbText"/>): the copy runs with the
    /// trigger bypassed (<c>session_replication_role = replica</c>, which needs a superuser, as the bench's own cluster is).
    /// </summary>
    private IEnumerable<CopiedEvent> Sealed(StreamAction action)
    {
        var previous = "";
        foreach (var e in action.Events)
        {
            var data = _serializer.ToJson(e.Data);
            var headers = _serializer.ToJson(e.Headers ?? []);
            var nonce = EventSeal.NewNonce();
            var micros = (e.Timestamp.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;
            previous = EventSeal.Compute(previous, nonce, new StoredEvent(e.Sequence, e.Id, e.StreamId, e.Version, e.EventTypeName, e.DotNetTypeName ?? "",
                micros, e.TenantId, e.CorrelationId ?? "", e.CausationId ?? "", JsonbText.Of(data), "", JsonbText.Of(headers), null, null));
            e.SetHeader(EventSeal.NonceHeader, nonce);
            e.SetHeader(EventSeal.SealHeader, previous);
            yield return new CopiedEvent(e, data, _serializer.ToJson(e.Headers!));
        }
    }

    private static async Task CopyEventsAsync(NpgsqlConnection connection, List<CopiedEvent> rows, CancellationToken cancellation)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "copy events.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, correlation_id, causation_id, headers) " +
            "from stdin (format binary)", cancellation);
        foreach (var (e, data, headers) in rows)
        {
            await copy.StartRowAsync(cancellation);
            await copy.WriteAsync(e.Sequence, NpgsqlDbType.Bigint, cancellation);
            await copy.WriteAsync(e.Id, NpgsqlDbType.Uuid, cancellation);
            await copy.WriteAsync(e.StreamId, NpgsqlDbType.Uuid, cancellation);
            await copy.WriteAsync(e.Version, NpgsqlDbType.Bigint, cancellation);
            await copy.WriteAsync(data, NpgsqlDbType.Jsonb, cancellation);
            await copy.WriteAsync(e.EventTypeName, NpgsqlDbType.Varchar, cancellation);
            await copy.WriteAsync(e.Timestamp, NpgsqlDbType.TimestampTz, cancellation);
            await copy.WriteAsync(e.TenantId, NpgsqlDbType.Varchar, cancellation);
            await copy.WriteAsync(e.DotNetTypeName, NpgsqlDbType.Varchar, cancellation);
            await WriteNullableAsync(copy, e.CorrelationId, NpgsqlDbType.Varchar, cancellation);
            await WriteNullableAsync(copy, e.CausationId, NpgsqlDbType.Varchar, cancellation);
            await copy.WriteAsync(headers, NpgsqlDbType.Jsonb, cancellation);
        }
        await copy.CompleteAsync(cancellation);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type, CancellationToken cancellation) =>
        value is null ? copy.WriteNullAsync(cancellation) : copy.WriteAsync(value, type, cancellation);

    /// <summary>
    /// The inline projections a save runs, as Marten keeps them (the kit's scoped list, ADR 0179, reads the same field): the copy must
    /// project with exactly these, not a list of its own.
    /// </summary>
    private static IInlineProjection<IDocumentOperations>[] InlineProjectionsOf(EventGraph events) =>
        typeof(EventGraph).GetField("_inlineProjections", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(events)
            is Lazy<IInlineProjection<IDocumentOperations>[]> inline
            ? inline.Value
            : throw new InvalidOperationException(
                $"Marten {typeof(EventGraph).Assembly.GetName().Version} no longer keeps its inline projections in EventGraph._inlineProjections: " +
                "S11's copy (ADR 0228) must follow it.");

    public void Dispose()
    {
        _projecting.Dispose();
        _store.Dispose();
    }
}
