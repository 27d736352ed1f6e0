using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;

namespace Nanchuan.Bench;

public sealed record ScaleRead(string Name, string Path, int Samples, double P50Ms, double P99Ms, double MaxMs, int Bytes);

public sealed record ScaleResult(
    int Grievances, int Applications, long GrievanceEvents, long ApplicationEvents, long OversightEvents, double GenerateSeconds, long EventBytes, long DatabaseBytes,
    IReadOnlyList<ScaleRead> Reads)
{
    public long Events => GrievanceEvents + ApplicationEvents + OversightEvents;

    /// <summary>The event tables (events and streams, their indexes and TOAST) per million events.</summary>
    public double EventMegabytesPerMillion => EventBytes / 1e6 * 1e6 / Events;

    /// <summary>The whole database (read models, the other modules' empty tables) per million events.</summary>
    public double DatabaseMegabytesPerMillion => DatabaseBytes / 1e6 * 1e6 / Events;
}

/// <summary>
/// S11 (the S10 "scale", bench/README.md): ten years of a district — enterprise requests, the hall's applications in
/// proportion and the oversight files their contract messages fill — written straight into the platform's store
/// (<see cref="DistrictGenerator"/>, never the API), then the reads measured through the API one request at a time: the
/// requests' list (first page, 50th page by cursor and by offset, filtered pages), the board, a day's intake summary, the
/// monthly report, a case with 500 events (its view, its full audit history, the case at version 250); the cross-module
/// deadline lists, an enterprise's thread (企业全景), an oversight case page and the figures of a month; an application and
/// the hall's one-trip report.
/// </summary>
public static class Scale
{
    private const int PageSize = 50;
    /// <summary>A read slower than this stops sampling after ten samples (a report of seconds would otherwise take an hour).</summary>
    private static readonly TimeSpan ReadBudget = TimeSpan.FromSeconds(60);

    public static async Task<ScaleResult> RunAsync(Testbed bed, int grievances, int samples, TextWriter log, CancellationToken cancellation)
    {
        var database = await bed.CreateDatabaseAsync("bench_scale");
        var platform = await bed.StartPlatformAsync(database, cancellation);
        try
        {
            using var copy = DistrictCopy.Open(database);
            var now = DateTimeOffset.UtcNow;
            var district = new District(grievances);
            var clock = Stopwatch.StartNew();
            var written = await DistrictGenerator.GenerateAsync(district, now, copy.WriteAsync, log, cancellation);
            var generated = clock.Elapsed.TotalSeconds;
            log.WriteLine($"S11 generated {written.Grievances:N0} requests, {written.Applications:N0} applications and their oversight files: " +
                          $"{written.Events:N0} events in {generated:F1} s");
            var (eventBytes, databaseBytes) = await VacuumAndMeasureAsync(database, cancellation);

            using var office = Client(platform, bed.BusinessOfficeToken);
            using var handler = Client(platform, bed.HandlerToken);
            using var enterprise = Client(platform, bed.EnterpriseToken);
            var pages = $"/api/grievances/pages?limit={PageSize}";
            // Page 50 as the issue asks; a smaller run (the smoke test's 500 requests) reads its last full page instead.
            var deepPage = Math.Clamp(grievances / PageSize, 2, 50);
            var deepCursor = await CursorOfPageAsync(office, pages, deepPage, cancellation);
            var overdue = $"/api/oversight/deadlines?state=overdue&limit={PageSize}";
            var (overduePage, overdueCursor) = await DeepestPageAsync(office, overdue, 50, cancellation);
            // The thread by pages (ADR 0181): its first page and its tenth (or its last, for an enterprise with fewer facts).
            var thread = $"/api/oversight/enterprises/{District.Enterprise(0).CreditCode}/thread?limit={PageSize}";
            var (threadPage, threadCursor) = await DeepestPageAsync(office, thread, 10, cancellation);
            var middle = DateOnly.FromDateTime((now - DistrictGenerator.Span / 2).UtcDateTime);
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
                await MeasureAsync("a case (6 events)", office, $"/api/grievances/{written.AnyCase}", samples, cancellation),
                await MeasureAsync("a case with 500 events", office, $"/api/grievances/{written.LongCase}", samples, cancellation),
                await MeasureAsync("its full history (500 events)", office, $"/api/audit/streams/{written.LongCase}", samples, cancellation),
                await MeasureAsync("time travel: it at version 250", office, $"/api/audit/streams/{written.LongCase}/state?version=250", samples, cancellation),
                await MeasureAsync("overdue list, first page", office, overdue, samples, cancellation),
                await MeasureAsync($"overdue list, page {overduePage} by cursor", office, overdueCursor is null ? overdue : $"{overdue}&cursor={overdueCursor}", samples, cancellation),
                await MeasureAsync("running deadlines of Licensing", office, $"/api/oversight/deadlines?module=Licensing&limit={PageSize}", samples, cancellation),
                await MeasureAsync("handler's overdue list (own department)", handler, overdue, samples, cancellation),
                await MeasureAsync("an enterprise's thread, first page", office, thread, samples, cancellation),
                await MeasureAsync($"its thread, page {threadPage} by cursor", office, threadCursor is null ? thread : $"{thread}&cursor={threadCursor}", samples, cancellation),
                await MeasureAsync("its thread, read by the enterprise", enterprise, thread, samples, cancellation),
                await MeasureAsync("oversight page of a case", office, $"/api/oversight/cases/{written.AnyCase}", samples, cancellation),
                await MeasureAsync("oversight figures of a month", office, $"/api/oversight/figures?month={month:yyyy-MM}", samples, cancellation),
                await MeasureAsync("an application", office, $"/api/licensing/applications/{written.AnyApplication}", samples, cancellation),
                await MeasureAsync("one-trip report (最多跑一次)", office, "/api/licensing/applications/report", samples, cancellation),
            };
            foreach (var read in reads) log.WriteLine($"S11 {read.Name}: p50 {read.P50Ms:F1} ms, p99 {read.P99Ms:F1} ms");
            await ScalePlans.LogAsync(database, District.Enterprise(0).CreditCode.Value, threadCursor, PageSize, log, cancellation);
            return new ScaleResult(written.Grievances, written.Applications, written.GrievanceEvents, written.ApplicationEvents, written.OversightEvents,
                generated, eventBytes, databaseBytes, reads);
        }
        finally
        {
            await bed.StopAsync(platform);
        }
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

    /// <summary>Follows <c>nextCursor</c> (every keyset list's, ADR 0210) from the first page to the cursor that reads page <paramref name="page"/>.</summary>
    private static async Task<string> CursorOfPageAsync(HttpClient http, string first, int page, CancellationToken cancellation)
    {
        string? cursor = null;
        for (var i = 1; i < page; i++)
        {
            cursor = await NextAsync(http, cursor is null ? first : $"{first}&cursor={cursor}", cancellation)
                     ?? throw new InvalidOperationException($"the list ends before page {page}");
        }
        return cursor ?? throw new ArgumentOutOfRangeException(nameof(page));
    }

    /// <summary>A keyset list's page <paramref name="page"/>, or its last page when shorter; its cursor (null: the first page).</summary>
    private static async Task<(int Page, string? Cursor)> DeepestPageAsync(HttpClient http, string first, int page, CancellationToken cancellation)
    {
        string? cursor = null;
        for (var i = 1; i < page; i++)
        {
            if (await NextAsync(http, cursor is null ? first : $"{first}&cursor={cursor}", cancellation) is not { } next) return (i, cursor);
            cursor = next;
        }
        return (page, cursor);
    }

    private static async Task<string?> NextAsync(HttpClient http, string path, CancellationToken cancellation)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync(path, cancellation));
        return json.RootElement.GetProperty("nextCursor").GetString();
    }

    /// <summary>
    /// Five warm-up reads, then <paramref name="samples"/> reads one after another (fewer, but at least ten, when they take longer
    /// than <see cref="ReadBudget"/>); every one must answer 200.
    /// </summary>
    private static async Task<ScaleRead> MeasureAsync(string name, HttpClient http, string path, int samples, CancellationToken cancellation)
    {
        var times = new List<double>(samples);
        var bytes = 0;
        var budget = Stopwatch.StartNew();
        for (var i = -5; i < samples && (i < 10 || budget.Elapsed < ReadBudget); i++)
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
        return new ScaleRead(name, path, times.Count, BenchReport.Percentile(times, 0.5), BenchReport.Percentile(times, 0.99), times[^1], bytes);
    }
}
