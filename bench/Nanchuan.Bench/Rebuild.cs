using System.Diagnostics;
using System.Text.Json;
using JasperFx;
using Marten;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.BuildingBlocks.Platform.Projections;
using Nanchuan.Grievances;
using Nanchuan.Grievances.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Nanchuan.Bench;

/// <summary>
/// S7's figures. The platform's times are medians of <see cref="Rebuild.Repeats"/> runs interleaved with the hand-written
/// projector's; the costs beside them are what a loaded machine does not distort: CPU seconds of this process and of
/// PostgreSQL, and the commands sent to it, per run.
/// </summary>
public sealed record RebuildResult(long Events, int Streams, double GenerateSeconds, double DaemonListSeconds, double PlatformListSeconds,
    double PlatformAllSeconds, double HandWrittenSeconds, long RowsPlatform, long RowsHandWritten, RebuildCost DaemonCost, RebuildCost PlatformCost,
    RebuildCost HandWrittenCost)
{
    public double PlatformListEventsPerSecond => Events / PlatformListSeconds;
    public double HandWrittenEventsPerSecond => Events / HandWrittenSeconds;
    public double Ratio => HandWrittenSeconds / PlatformListSeconds;
}

/// <summary>What one rebuild cost: CPU seconds of the app (this process) and of PostgreSQL (every backend), commands sent (round trips).</summary>
public sealed record RebuildCost(double AppCpuSeconds, double? DatabaseCpuSeconds, long Commands)
{
    public override string ToString() =>
        $"app CPU {AppCpuSeconds:F1} s, PostgreSQL CPU {(DatabaseCpuSeconds is { } db ? $"{db:F1} s" : "n/a")}, {Commands:N0} commands";
}

/// <summary>
/// S7: the Grievances list projection rebuilt by the platform (<see cref="StreamReplay"/>, docs/adr/0156) over generated closed
/// loops (ten events each) against a hand-written Npgsql projector that folds the same events into the same row per request
/// and writes them with binary COPY, interleaved. Marten's daemon rebuilds it once too (the path before ADR 0156), and the
/// rebuild of all of the module's projections is timed, for information.
/// </summary>
public static class Rebuild
{
    private const int StreamsPerBatch = 1_000;
    public const int Repeats = 3;

    public static async Task<RebuildResult> RunAsync(string connectionString, int events, TextWriter log, CancellationToken cancellation)
    {
        using var store = Testbed.PlatformStore(connectionString, ownsSchema: true);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var streams = Math.Max(1, events / 10);

        var clock = Stopwatch.StartNew();
        await GenerateAsync(connectionString, streams, cancellation);
        var generated = clock.Elapsed.TotalSeconds;
        log.WriteLine($"S7 generated {streams * 10:N0} events in {generated:F1} s");
        await AnalyzeAsync(connectionString, cancellation);
        using var meter = await RebuildMeter.StartAsync(connectionString, cancellation);

        var listProjection = store.Options.Projections.All.Single(p => p.Name.Contains("GrievanceListItem", StringComparison.Ordinal)).Name;
        var (daemonList, daemonCost) = await meter.MeasureAsync(async () =>
        {
            using var daemon = await store.BuildProjectionDaemonAsync();
            await daemon.RebuildProjectionAsync(listProjection, TimeSpan.FromMinutes(30), cancellation);
        });
        log.WriteLine($"S7 Marten's daemon rebuilt {listProjection} in {daemonList:F1} s ({daemonCost})");

        var platform = new List<(double Seconds, RebuildCost Cost)>();
        var handWritten = new List<(double Seconds, RebuildCost Cost)>();
        long handWrittenRows = 0;
        for (var repeat = 0; repeat < Repeats; repeat++)
        {
            platform.Add(await meter.MeasureAsync(async () =>
            {
                if (!await StreamReplay.TryRebuildAsync(store, listProjection, cancellation))
                    throw new InvalidOperationException($"{listProjection} is not rebuilt by the platform's stream replay.");
            }));
            log.WriteLine($"S7 platform rebuilt {listProjection} in {platform[^1].Seconds:F1} s ({platform[^1].Cost})");
            handWritten.Add(await meter.MeasureAsync(async () => handWrittenRows = await HandWrittenProjector.RunAsync(connectionString, cancellation)));
            log.WriteLine($"S7 hand-written projector in {handWritten[^1].Seconds:F1} s ({handWritten[^1].Cost})");
        }

        clock.Restart();
        foreach (var projection in store.Options.Projections.All)
        {
            var one = Stopwatch.StartNew();
            if (!await StreamReplay.TryRebuildAsync(store, projection.Name, cancellation))
            {
                using var daemon = await store.BuildProjectionDaemonAsync();
                await daemon.RebuildProjectionAsync(projection.Name, TimeSpan.FromMinutes(30), cancellation);
            }
            log.WriteLine($"S7 platform rebuilt {projection.Name} in {one.Elapsed.TotalSeconds:F1} s");
        }
        var platformAll = clock.Elapsed.TotalSeconds;

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var count = new NpgsqlCommand("select count(*) from grievances.mt_doc_grievancelistitem", connection);
        var platformRows = (long)(await count.ExecuteScalarAsync(cancellation))!;
        var median = platform.OrderBy(p => p.Seconds).ElementAt(platform.Count / 2);
        var baseline = handWritten.OrderBy(p => p.Seconds).ElementAt(handWritten.Count / 2);
        return new RebuildResult(streams * 10L, streams, generated, daemonList, median.Seconds, platformAll, baseline.Seconds, platformRows,
            handWrittenRows, daemonCost, median.Cost, baseline.Cost);
    }

    /// <summary>
    /// Fresh planner statistics, as autovacuum gathers within a minute of a bulk load. Without them PostgreSQL still thinks
    /// the event table small, and each of the daemon's pages (events after a position, in order, 500 at a time) sorts every
    /// remaining event: 145 ms instead of 1 ms a page at 50,000 events, growing with the square of the store.
    /// </summary>
    private static async Task AnalyzeAsync(string connectionString, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellation);
        await using var analyze = new NpgsqlCommand("analyze events.mt_events; analyze events.mt_streams", connection);
        await analyze.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>
    /// Appends the events through Marten with the platform's own settings but no module, hence no projection, so generating
    /// is not what is measured.
    /// </summary>
    private static async Task GenerateAsync(string connectionString, int streams, CancellationToken cancellation)
    {
        var options = PlatformHosting.StoreOptionsFor(connectionString, []);
        options.Events.AddEventTypes(GrievanceEventTypes.All);
        options.AutoCreateSchemaObjects = AutoCreate.None;
        using var writer = new DocumentStore(options);
        var start = new DateTimeOffset(2025, 3, 3, 1, 0, 0, TimeSpan.Zero);
        for (var done = 0; done < streams; done += StreamsPerBatch)
        {
            await using var session = writer.LightweightSession();
            for (var i = done; i < Math.Min(streams, done + StreamsPerBatch); i++)
            {
                var id = Guid.CreateVersion7();
                session.Events.StartStream<Grievance>(id, GrievanceHistories.ClosedAfterTwoRounds(id, start.AddMinutes(i % 50_000)));
            }
            await session.SaveChangesAsync(cancellation);
        }
    }
}

/// <summary>The baseline of S7: read the events in order with Npgsql, fold a row per request, COPY the rows in.</summary>
public static class HandWrittenProjector
{
    private sealed class Row
    {
        public string Status = "";
        public string Channel = "";
        public string EnterpriseName = "";
        public string? CreditCode;
        public DateTimeOffset ReceivedAt;
        public int Round;
        public string? SlipNumber;
        public string? HandlingUnit;
        public DateTimeOffset? HandlingDueAt;
        public DateTimeOffset? HandledAt;
        public DateTimeOffset? ClosedAt;
    }

    public static async Task<long> RunAsync(string connectionString, CancellationToken cancellation)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var create = dataSource.CreateCommand("""
            create schema if not exists bench_projector;
            drop table if exists bench_projector.grievance_list;
            create table bench_projector.grievance_list (id uuid primary key, status text, channel text, enterprise_name text, credit_code text,
              received_at timestamptz, round int, slip_number text, handling_unit text, handling_due_at timestamptz, handled_at timestamptz, closed_at timestamptz);
            """)) await create.ExecuteNonQueryAsync(cancellation);

        var rows = new Dictionary<Guid, Row>();
        await using (var read = dataSource.CreateCommand("select stream_id, type, data::text from events.mt_events order by seq_id"))
        await using (var reader = await read.ExecuteReaderAsync(cancellation))
            while (await reader.ReadAsync(cancellation))
                Apply(rows, reader.GetGuid(0), reader.GetString(1), reader.GetString(2));

        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        await using var copy = await connection.BeginBinaryImportAsync(
            "copy bench_projector.grievance_list (id, status, channel, enterprise_name, credit_code, received_at, round, slip_number, handling_unit, handling_due_at, handled_at, closed_at) from stdin (format binary)",
            cancellation);
        foreach (var (id, row) in rows)
        {
            await copy.StartRowAsync(cancellation);
            await copy.WriteAsync(id, NpgsqlDbType.Uuid, cancellation);
            await copy.WriteAsync(row.Status, NpgsqlDbType.Text, cancellation);
            await copy.WriteAsync(row.Channel, NpgsqlDbType.Text, cancellation);
            await copy.WriteAsync(row.EnterpriseName, NpgsqlDbType.Text, cancellation);
            await WriteNullableAsync(copy, row.CreditCode, NpgsqlDbType.Text, cancellation);
            await copy.WriteAsync(row.ReceivedAt, NpgsqlDbType.TimestampTz, cancellation);
            await copy.WriteAsync(row.Round, NpgsqlDbType.Integer, cancellation);
            await WriteNullableAsync(copy, row.SlipNumber, NpgsqlDbType.Text, cancellation);
            await WriteNullableAsync(copy, row.HandlingUnit, NpgsqlDbType.Text, cancellation);
            await WriteNullableAsync(copy, row.HandlingDueAt, NpgsqlDbType.TimestampTz, cancellation);
            await WriteNullableAsync(copy, row.HandledAt, NpgsqlDbType.TimestampTz, cancellation);
            await WriteNullableAsync(copy, row.ClosedAt, NpgsqlDbType.TimestampTz, cancellation);
        }
        return (long)await copy.CompleteAsync(cancellation);
    }

    private static void Apply(Dictionary<Guid, Row> rows, Guid stream, string type, string json)
    {
        using var document = JsonDocument.Parse(json);
        var data = document.RootElement;
        if (type == "grievance_received")
        {
            rows[stream] = new Row
            {
                Status = "received",
                Channel = data.GetProperty("channel").GetString()!,
                EnterpriseName = data.GetProperty("enterpriseName").GetString()!,
                CreditCode = data.TryGetProperty("creditCode", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null,
                ReceivedAt = data.GetProperty("receivedAt").GetDateTimeOffset(),
            };
            return;
        }
        if (!rows.TryGetValue(stream, out var row)) return;
        switch (type)
        {
            case "grievance_assigned":
                row.Status = "assigned";
                row.Round = data.GetProperty("round").GetInt32();
                row.SlipNumber = data.GetProperty("slipNumber").GetString();
                row.HandlingUnit = data.GetProperty("handlingUnitName").GetString();
                row.HandlingDueAt = data.GetProperty("handlingDueAt").GetDateTimeOffset();
                row.HandledAt = null;
                break;
            case "enterprise_contacted": row.Status = "contacted"; break;
            case "handling_reported":
                row.Status = "handled";
                row.HandledAt = data.GetProperty("reportedAt").GetDateTimeOffset();
                break;
            case "grievance_evaluated": row.Status = data.GetProperty("satisfied").GetBoolean() ? "evaluated" : "unsatisfied"; break;
            case "grievance_closed":
                row.Status = "closed";
                row.ClosedAt = data.GetProperty("closedAt").GetDateTimeOffset();
                break;
        }
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellation)
    {
        if (value is null) await copy.WriteNullAsync(cancellation);
        else await copy.WriteAsync(value, type, cancellation);
    }
}
