using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Marten;
using Nanchuan.Grievances.Domain;
using Npgsql;

namespace Nanchuan.Bench;

public sealed record ScaleRead(string Name, string Path, int Samples, double P50Ms, double P99Ms, double MaxMs, int Bytes);

public sealed record ScaleResult(int Grievances, long Events, double GenerateSeconds, long EventBytes, long DatabaseBytes, IReadOnlyList<ScaleRead> Reads)
{
    /// <summary>The event tables (events and streams, their indexes and TOAST) per million events.</summary>
    public double EventMegabytesPerMillion => EventBytes / 1e6 * 1e6 / Events;

    /// <summary>The whole database (read models, the other modules' empty tables) per million events.</summary>
    public double DatabaseMegabytesPerMillion => DatabaseBytes / 1e6 * 1e6 / Events;
}

/// <summary>
/// S11 (the S10 "scale", bench/README.md): ten years of a district's enterprise requests written straight into the
/// platform's store (batched Marten appends with the module's inline projections, never the API), then the reads a clerk
/// makes measured through the API one request at a time: the list's first page, its 50th page by cursor and by offset,
/// filtered pages, the board, a day's intake summary, the monthly report, and a case with 500 events: its view, its full
/// audit history and the case as it stood at version 250 (time travel).
/// </summary>
public static class Scale
{
    private const int StreamsPerBatch = 1_000;
    private const int PageSize = 50;
    private static readonly TimeSpan Span = TimeSpan.FromDays(3_652);

    public static async Task<ScaleResult> RunAsync(Testbed bed, int grievances, int samples, TextWriter log, CancellationToken cancellation)
    {
        var database = await bed.CreateDatabaseAsync("bench_scale");
        var platform = await bed.StartPlatformAsync(database, cancellation);
        try
        {
            using var store = Testbed.PlatformStore(database);
            var now = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var (events, longCase, anyCase) = await GenerateAsync(store, grievances, now, log, cancellation);
            var generated = clock.Elapsed.TotalSeconds;
            log.WriteLine($"S11 generated {grievances:N0} requests, {events:N0} events in {generated:F1} s");
            var (eventBytes, databaseBytes) = await VacuumAndMeasureAsync(database, cancellation);

            using var office = Client(platform, bed.BusinessOfficeToken);
            using var handler = Client(platform, bed.HandlerToken);
            var pages = $"/api/grievances/pages?limit={PageSize}";
            // Page 50 as the issue asks; a smaller run (the smoke test's 500 requests) reads its last full page instead.
            var deepPage = Math.Clamp(grievances / PageSize, 2, 50);
            var deepCursor = await CursorOfPageAsync(office, pages, deepPage, cancellation);
            var middle = DateOnly.FromDateTime((now - Span / 2).UtcDateTime);
            var month = now.AddMonths(-1);
            var reads = new List<ScaleRead>
            {
                await MeasureAsync("list, first page", office, pages, samples, cancellation),
                await MeasureAsync($"list, page {deepPage} by cursor", office, $"{pages}&cursor={deepCursor}", samples, cancellation),
                await MeasureAsync($"list, page {deepPage} by offset", office, $"/api/grievances?limit={PageSize}&offset={(deepPage - 1) * PageSize}", samples, cancellation),
                await MeasureAsync("list filtered (status Assigned)", office, $"{pages}&status=Assigned", samples, cancellation),
                await MeasureAsync("list filtered (status Closed)", office, $"{pages}&status=Closed", samples, cancellation),
                await MeasureAsync("handler's list (own department)", handler, pages, samples, cancellation),
                await MeasureAsync("board", office, "/api/grievances/board", samples, cancellation),
                await MeasureAsync("intake summary of a day", office, $"/api/grievances/intake-summary?date={middle:yyyy-MM-dd}", samples, cancellation),
                await MeasureAsync("monthly report", office, $"/api/grievances/reports/monthly?year={month.Year}&month={month.Month}", samples, cancellation),
                await MeasureAsync("a case (6 events)", office, $"/api/grievances/{anyCase}", samples, cancellation),
                await MeasureAsync("a case with 500 events", office, $"/api/grievances/{longCase}", samples, cancellation),
                await MeasureAsync("its full history (500 events)", office, $"/api/audit/streams/{longCase}", samples, cancellation),
                await MeasureAsync("time travel: it at version 250", office, $"/api/audit/streams/{longCase}/state?version=250", samples, cancellation),
            };
            foreach (var read in reads) log.WriteLine($"S11 {read.Name}: p50 {read.P50Ms:F1} ms, p99 {read.P99Ms:F1} ms");
            return new ScaleResult(grievances, events, generated, eventBytes, databaseBytes, reads);
        }
        finally
        {
            await bed.StopAsync(platform);
        }
    }

    /// <summary>
    /// Received evenly over ten years up to <paramref name="now"/>: those of the last two weeks still open (received, assigned
    /// or handled with a promise), the others closed, one in ten after two rounds; plus one case of 500 events.
    /// </summary>
    private static async Task<(long Events, Guid LongCase, Guid AnyCase)> GenerateAsync(
        IDocumentStore store, int grievances, DateTimeOffset now, TextWriter log, CancellationToken cancellation)
    {
        var start = now - Span;
        var open = now.AddDays(-14);
        long events = 0;
        var anyCase = Guid.Empty;
        for (var done = 0; done < grievances; done += StreamsPerBatch)
        {
            await using var session = store.LightweightSession();
            for (var i = done; i < Math.Min(grievances, done + StreamsPerBatch); i++)
            {
                var id = Guid.CreateVersion7();
                var at = start + TimeSpan.FromTicks(Span.Ticks / grievances * i);
                var history = at > open ? GrievanceHistories.Open(id, at, i % 3)
                    : i % 10 == 0 ? GrievanceHistories.ClosedAfterTwoRounds(id, at)
                    : GrievanceHistories.ClosedInOneRound(id, at);
                if (anyCase == Guid.Empty && history.Length == 6) anyCase = id;
                session.Events.StartStream<Grievance>(id, history);
                events += history.Length;
            }
            await session.SaveChangesAsync(cancellation);
            if (done / StreamsPerBatch % 20 == 19) log.WriteLine($"S11 {done + StreamsPerBatch:N0} requests written");
        }
        var longCase = Guid.CreateVersion7();
        await using (var session = store.LightweightSession())
        {
            var history = GrievanceHistories.ManyRounds(longCase, now.AddDays(-300), 250);
            session.Events.StartStream<Grievance>(longCase, history[..500]);
            await session.SaveChangesAsync(cancellation);
            events += 500;
        }
        return (events, longCase, anyCase);
    }

    /// <summary>Statistics as autovacuum would gather them after a bulk load; the sizes after the vacuum.</summary>
    private static async Task<(long EventBytes, long DatabaseBytes)> VacuumAndMeasureAsync(string database, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellation);
        await using (var vacuum = new NpgsqlCommand("vacuum analyze", connection) { CommandTimeout = 0 }) await vacuum.ExecuteNonQueryAsync(cancellation);
        await using var sizes = new NpgsqlCommand(
            "select pg_total_relation_size('events.mt_events') + pg_total_relation_size('events.mt_streams'), pg_database_size(current_database())", connection);
        await using var row = await sizes.ExecuteReaderAsync(cancellation);
        await row.ReadAsync(cancellation);
        return (row.GetInt64(0), row.GetInt64(1));
    }

    private static HttpClient Client(AppProcess app, string token)
    {
        var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>Follows <c>nextCursor</c> from the first page to the cursor that reads page <paramref name="page"/>.</summary>
    private static async Task<string> CursorOfPageAsync(HttpClient http, string first, int page, CancellationToken cancellation)
    {
        string? cursor = null;
        for (var i = 1; i < page; i++)
        {
            var body = await http.GetStringAsync(cursor is null ? first : $"{first}&cursor={cursor}", cancellation);
            using var json = JsonDocument.Parse(body);
            cursor = json.RootElement.GetProperty("nextCursor").GetString() ?? throw new InvalidOperationException($"the list ends before page {page}");
        }
        return cursor ?? throw new ArgumentOutOfRangeException(nameof(page));
    }

    /// <summary>Five warm-up reads, then <paramref name="samples"/> reads one after another; every one must answer 200.</summary>
    private static async Task<ScaleRead> MeasureAsync(string name, HttpClient http, string path, int samples, CancellationToken cancellation)
    {
        var times = new List<double>(samples);
        var bytes = 0;
        for (var i = -5; i < samples; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(path, cancellation);
            var body = await response.Content.ReadAsByteArrayAsync(cancellation);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"S11 {path}: {(int)response.StatusCode}");
            bytes = body.Length;
            if (i >= 0) times.Add(elapsed);
        }
        times.Sort();
        return new ScaleRead(name, path, samples, BenchReport.Percentile(times, 0.5), BenchReport.Percentile(times, 0.99), times[^1], bytes);
    }
}
