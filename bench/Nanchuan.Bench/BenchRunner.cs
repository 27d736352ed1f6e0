using System.Net.Http.Headers;
using System.Runtime.InteropServices;

namespace Nanchuan.Bench;

/// <summary>The whole harness: testbed, S1–S5 under wrk, then S6–S12; writes JSON, SVG and the table to the output folder.</summary>
public static class BenchRunner
{
    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter log, CancellationToken cancellation)
    {
        var startedAt = DateTimeOffset.UtcNow;
        Directory.CreateDirectory(options.OutputDirectory);
        await using var bed = await Testbed.StartAsync(options, cancellation);
        log.WriteLine($"apps from {bed.Layout.Describe()}");

        var platformDb = await bed.CreateDatabaseAsync("bench_platform");
        var rawDb = await bed.CreateDatabaseAsync("bench_raw");
        var efDb = await bed.CreateDatabaseAsync("bench_ef");
        var stackDb = await bed.CreateDatabaseAsync("bench_marten_stack");
        var beforeDb = options.BeforeHost is null ? null : await bed.CreateDatabaseAsync("bench_before");
        var apps = new Apps(
            await bed.StartPlatformAsync(platformDb, cancellation),
            await bed.StartBaselineAsync(Baselines.Raw, rawDb, cancellation),
            await bed.StartBaselineAsync(Baselines.Ef, efDb, cancellation),
            await bed.StartBaselineAsync(Baselines.Minimal, "", cancellation),
            await bed.StartBaselineAsync(Baselines.MartenStack, stackDb, cancellation),
            beforeDb is null ? null : await bed.StartPlatformAsync(beforeDb, cancellation, options.BeforeHost));
        using var store = Testbed.PlatformStore(platformDb);
        using var beforeStore = beforeDb is null ? null : Testbed.PlatformStore(beforeDb);

        var platformReads = await Testbed.SeedPlatformAsync(store, options.SeededCases, cancellation);
        var (detail, etag) = await GetAsync(apps.Platform, $"/api/grievances/{platformReads[0]}", bed.BusinessOfficeToken, cancellation);
        var sample = await Testbed.SampleRowsAsync(platformDb, platformReads[0], detail, cancellation);
        var reads = new ReadSets(platformReads, etag ?? throw new InvalidOperationException("the platform's case read answered no ETag (ADR 0119)"),
            await Testbed.SeedBaselineAsync(Baselines.Raw, rawDb, sample, options.SeededCases, cancellation),
            await Testbed.SeedBaselineAsync(Baselines.Ef, efDb, sample, options.SeededCases, cancellation),
            beforeStore is null ? null : await Testbed.SeedPlatformAsync(beforeStore, options.SeededCases, cancellation));
        var pools = new Pools(
            new CasePool(n => Testbed.SeedPlatformAsync(store, n, cancellation), 800),
            new CasePool(n => Testbed.SeedBaselineAsync(Baselines.Raw, rawDb, sample, n, cancellation), 4_000),
            new CasePool(n => Testbed.SeedBaselineAsync(Baselines.Raw, rawDb, sample, n, cancellation), 2_000),
            new CasePool(n => Testbed.SeedBaselineAsync(Baselines.Ef, efDb, sample, n, cancellation), 3_000),
            new CasePool(n => bed.SeedMartenStackAsync(apps.MartenStack, n, cancellation), 800),
            beforeStore is null ? null : new CasePool(n => Testbed.SeedPlatformAsync(beforeStore, n, cancellation), 800));

        var wrk = new Wrk(Path.Combine(options.OutputDirectory, "wrk"));
        // S5's backlog is read right after each app's own last S5 run, while its queue still holds what the load left.
        var cases = LoadScenarios.Build(bed, wrk, apps, pools, reads, cancellation)
            .Select(c => c.Scenario != "S5" ? c : c with
            {
                AfterLastRun = last => QueueBacklog.ReportAsync(c.Target == LoadScenarios.Before ? apps.Before! : apps.Platform, bed.AdminConnectionString, last, log, cancellation),
            })
            .ToList();
        var runs = await LoadScenarios.MeasureAsync(cases, options, log);
        var summary = BenchReport.Summarise(runs);

        var contention = new List<ContentionResult>();
        if (options.Runs("S6"))
        {
            contention.Add(await Contention.PlatformAsync(bed, apps.Platform, store, platformDb, options.ContentionAppendsPerWriter, cancellation));
            contention.Add(await Contention.RawAsync(bed, apps.Raw, rawDb, options.ContentionAppendsPerWriter, cancellation));
        }

        var burst = options.Runs("S10") ? await VoteBurst.RunAsync(bed, apps.Platform, options.BurstVotes, cancellation) : null;

        // Quiet machine for the rest: the apps under load are stopped first.
        foreach (var app in new[] { apps.Platform, apps.Raw, apps.Ef, apps.Minimal, apps.MartenStack, apps.Before }.OfType<AppProcess>()) await bed.StopAsync(app);
        var (mixedDay, soak, lag) = options.Runs("S12") || options.Runs("S9") ? await MixedDayAndSoakAsync(bed, options, log, cancellation) : (null, null, null);
        var scale = options.Runs("S11") ? await Scale.RunAsync(bed, options.ScaleGrievances, options.ScaleSamples, log, cancellation) : null;
        var rebuild = options.Runs("S7")
            ? await Rebuild.RunAsync(await bed.CreateDatabaseAsync("bench_rebuild"), options.RebuildEvents, log, cancellation)
            : null;
        var coldStarts = options.Runs("S8") ? await ColdStart.RunAsync(bed, platformDb, stackDb,
                options.BeforeHost is { } beforeHost && beforeDb is not null ? (beforeHost, beforeDb) : null, options.ColdStarts, log, cancellation) : [];

        var report = new BenchReport(options.Profile, startedAt, Machine(), options, runs, summary, BenchReport.Compare(summary, runs),
            contention, rebuild, lag, coldStarts, soak, burst, scale, mixedDay);
        var stem = Path.Combine(options.OutputDirectory, $"bench-{options.Profile}-{startedAt:yyyyMMdd-HHmmss}");
        await File.WriteAllTextAsync(stem + ".json", System.Text.Json.JsonSerializer.Serialize(report, BenchReport.Json), cancellation);
        await File.WriteAllTextAsync(stem + ".svg", report.ToSvg(), cancellation);
        await File.WriteAllTextAsync(stem + ".txt", report.ToTable(), cancellation);
        log.WriteLine();
        log.WriteLine(report.ToTable());
        log.WriteLine($"written: {stem}.json, .svg, .txt");
        return report;
    }

    /// <summary>
    /// S12, then S9's soak on its mix at half the load with S7's lag probe, on a platform and a fresh database of their own (the year's
    /// contest they vote in is not S10's).
    /// </summary>
    private static async Task<(MixedDayResult?, SoakResult?, LagResult?)> MixedDayAndSoakAsync(Testbed bed, BenchOptions options, TextWriter log, CancellationToken cancellation)
    {
        var database = await bed.CreateDatabaseAsync("bench_mixed");
        var platform = await bed.StartPlatformAsync(database, cancellation);
        try
        {
            using var timing = new TimingHandler();
            using var http = new HttpClient(timing) { BaseAddress = new Uri(platform.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
            var context = await MixedDayContext.PrepareAsync(bed, platform, http, cancellation);
            MixedDayResult? mixedDay = null;
            if (options.Runs("S12"))
            {
                mixedDay = (await MixedDay.RunAsync(context, timing, database, options.MixedLoad, options.MixedSeconds, cancellation)).Result;
                log.WriteLine($"S12: {mixedDay.Flows} kinds of work started, {mixedDay.Requests} calls, {mixedDay.Failures} failed");
            }
            if (!options.Runs("S9")) return (mixedDay, null, null);
            using var store = Testbed.PlatformStore(database);
            var lagging = options.Runs("S7") ? ProjectionLag.RunAsync(bed, platform, store, database, options.SoakSeconds, cancellation) : null;
            var soak = await Soak.RunAsync(context, timing, platform, database, options.SoakSeconds, log, cancellation);
            return (mixedDay, soak, lagging is null ? null : await lagging);
        }
        finally
        {
            await bed.StopAsync(platform);
        }
    }

    /// <summary>The body and the ETag of a GET.</summary>
    private static async Task<(string Body, string? ETag)> GetAsync(AppProcess app, string path, string token, CancellationToken cancellation)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.GetAsync(path, cancellation);
        var body = await response.Content.ReadAsStringAsync(cancellation);
        return response.IsSuccessStatusCode
            ? (body, response.Headers.ETag?.ToString())
            : throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {body}");
    }

    private static string Machine() =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "cpu unknown"}";
}
