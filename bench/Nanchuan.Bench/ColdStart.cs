using System.Diagnostics;
using System.Net.Http.Headers;

namespace Nanchuan.Bench;

/// <summary>One start: wall time and the process's CPU time (user + system, /proc) by its first 2xx, and its resident memory then.</summary>
public sealed record ColdStartRun(string Target, int Run, double FirstSuccessMs, double ResidentMb, double CpuMs);

/// <summary>
/// S8: a new process (database already migrated) until its first 2xx on the calendar-day endpoint, and its resident
/// memory then: the platform against the plain minimal API app and the Marten stack on its own (ADR 0250), runs interleaved;
/// with --before, that build's Host too (on its own migrated database), so a start-up change is judged in the same conditions.
/// </summary>
public static class ColdStart
{
    /// <summary>Issue 21 point 3: start-up to the first 2xx at most 1.5x a plain minimal API's.</summary>
    public const double Goal = 1.5;

    public static async Task<IReadOnlyList<ColdStartRun>> RunAsync(Testbed bed, string platformDatabase, string stackDatabase, (string Host, string Database)? before,
        int runs, TextWriter log, CancellationToken cancellation)
    {
        var results = new List<ColdStartRun>();
        for (var run = 1; run <= runs; run++)
        {
            results.Add(await OnceAsync(bed, LoadScenarios.Platform, () => bed.StartPlatformAsync(platformDatabase, cancellation, migrated: true), run, cancellation));
            results.Add(await OnceAsync(bed, Baselines.Minimal, () => bed.StartBaselineAsync(Baselines.Minimal, "", cancellation), run, cancellation));
            results.Add(await OnceAsync(bed, Baselines.MartenStack, () => bed.StartBaselineAsync(Baselines.MartenStack, stackDatabase, cancellation, migrated: true), run, cancellation));
            if (before is var (host, database))
                results.Add(await OnceAsync(bed, LoadScenarios.Before, () => bed.StartPlatformAsync(database, cancellation, host, migrated: true), run, cancellation));
            log.WriteLine($"S8 run {run}: " + string.Join("; ", results.Where(r => r.Run == run).Select(r => $"{r.Target} {r.FirstSuccessMs:F0} ms ({r.CpuMs:F0} ms CPU) {r.ResidentMb:F0} MB")));
        }
        return results;
    }

    private static async Task<ColdStartRun> OnceAsync(Testbed bed, string target, Func<Task<AppProcess>> start, int run, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var app = await start();
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bed.BusinessOfficeToken);
        using var response = await http.GetAsync(Requests.CalendarDay, cancellation);
        response.EnsureSuccessStatusCode();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var cpu = app.CpuTime().TotalMilliseconds;
        var memory = app.ResidentMegabytes();
        await bed.StopAsync(app);
        return new ColdStartRun(target, run, elapsed, memory, cpu);
    }
}
