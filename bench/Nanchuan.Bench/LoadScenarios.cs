namespace Nanchuan.Bench;

/// <summary>
/// One endpoint of one app driven by wrk for a scenario (S1–S5); <paramref name="AfterLastRun"/> runs right after its own last
/// run, before the next case's (S5's queue backlog is read there, so another app's runs do not drain it first).
/// </summary>
public sealed record LoadCase(string Scenario, string Target, Func<int, int, Task<LoadResult>> Run, Func<LoadResult, Task>? AfterLastRun = null);

public sealed record LoadMeasurement(string Scenario, string Target, int Clients, int Repeat, double Throughput, double P50Ms, double P99Ms, long Requests, long Failures, double AppCpuMsPerRequest);

/// <summary>The same-work pairs whose ratio the issue sets a target for (bench/README.md).</summary>
public sealed record RatioDefinition(string Name, string Scenario, string Target, string BaselineScenario, string Baseline, double Goal);

public static class LoadScenarios
{
    public const string Platform = "platform";
    /// <summary>The platform of another build (<c>--before</c>): tuning changes are measured against it in the same run.</summary>
    public const string Before = "before";
    /// <summary>The raw Npgsql baseline's S1 doing the platform's work (state read and checked, three read rows updated).</summary>
    public const string RawSameWork = "RawSameWork";
    /// <summary>S3 on the platform with every other read conditional (<c>If-None-Match</c> naming the case's current version: a 304).</summary>
    public const string HalfConditional = "platform-304";

    public static readonly RatioDefinition[] Ratios =
    [
        new("S1 vs raw Npgsql, same work", "S1", Platform, "S1", RawSameWork, 0.8),
        new("S1 vs raw Npgsql, append only", "S1", Platform, "S1", Baselines.Raw, 0),
        new("S1 vs EF Core", "S1", Platform, "S1", Baselines.Ef, 1.0),
        // What the stack alone costs for the same work (ADR 0250): reported, so the goals above can be judged against it.
        new("S1 platform vs Marten stack", "S1", Platform, "S1", Baselines.MartenStack, 0),
        new("S1 Marten stack vs raw same work", "S1", Baselines.MartenStack, "S1", RawSameWork, 0),
        new("S2 vs raw Npgsql", "S2", Platform, "S2", Baselines.Raw, 0),
        new("S2 vs EF Core", "S2", Platform, "S2", Baselines.Ef, 0),
        new("S3 vs raw Npgsql", "S3", Platform, "S3", Baselines.Raw, 0.85),
        new("S3 vs EF Core", "S3", Platform, "S3", Baselines.Ef, 0),
        new("S3 half conditional vs raw Npgsql", "S3", HalfConditional, "S3", Baselines.Raw, 1.5),
        new("S4 vs minimal API", "S4", Platform, "S4", Baselines.Minimal, 0.95),
        new("S5 vs S1", "S5", Platform, "S1", Platform, 0.9),
        new("S1 after / before", "S1", Platform, "S1", Before, 0),
        new("S2 after / before", "S2", Platform, "S2", Before, 0),
        new("S3 after / before", "S3", Platform, "S3", Before, 0),
        new("S5 after / before", "S5", Platform, "S5", Before, 0),
    ];

    public static IReadOnlyList<LoadCase> Build(Testbed bed, Wrk wrk, Apps apps, Pools pools, ReadSets reads, CancellationToken cancellation)
    {
        async Task<LoadResult> Drive(AppProcess app, string method, IReadOnlyList<string> paths, string? body, string token, int clients, int seconds)
        {
            var counters = await DatabaseWork.ReadAsync(bed.AdminConnectionString, app.Database, cancellation);
            var cpu = app.CpuTime();
            var allocated = app.AllocatedBytes();
            var result = await wrk.RunAsync(app.BaseUrl, method, paths, body, token, clients, seconds, cancellation);
            result = result with
            {
                AppCpuMs = (app.CpuTime() - cpu).TotalMilliseconds,
                Database = counters?.PerRequest(await DatabaseWork.ReadAsync(bed.AdminConnectionString, app.Database, cancellation), result.Requests),
            };
            if (allocated is null) return result;
            await Task.Delay(300, cancellation);
            return result with { AppAllocatedBytes = app.AllocatedBytes() - allocated };
        }

        LoadCase Contact(string target, AppProcess app, CasePool pool, string route = "contact") => new("S1", target, async (clients, seconds) =>
        {
            var ids = await pool.TakeForAsync(seconds);
            var result = await Drive(app, "POST", ids.Select(id => $"/api/grievances/{id}/{route}").ToList(), Requests.Contact(), bed.HandlerToken, clients, seconds);
            pool.Observed(result.Requests / result.Seconds);
            return result;
        });
        LoadCase BoxBatch(string target, AppProcess app) => new("S2", target, (clients, seconds) =>
            Drive(app, "POST", ["/api/grievances/box-batches"], Requests.BoxBatchOfFive(), bed.BusinessOfficeToken, clients, seconds));
        LoadCase Detail(string target, AppProcess app, IReadOnlyList<Guid> ids, string? etag = null) => new("S3", target, (clients, seconds) =>
            Drive(app, "GET", ids.Select((id, i) => etag is not null && i % 2 == 0 ? $"/api/grievances/{id}\t{etag}" : $"/api/grievances/{id}").ToList(),
                null, bed.BusinessOfficeToken, clients, seconds));
        LoadCase CalendarDay(string target, AppProcess app) => new("S4", target, (clients, seconds) =>
            Drive(app, "GET", [Requests.CalendarDay], null, bed.BusinessOfficeToken, clients, seconds));

        LoadCase Receive(string target, AppProcess app) => new("S5", target, (clients, seconds) =>
            Drive(app, "POST", ["/api/grievances"], Requests.Receive(), bed.EnterpriseToken, clients, seconds));

        IEnumerable<LoadCase> before = apps.Before is { } old && pools.Before is { } oldPool && reads.Before is { } oldReads
            ? [Contact(Before, old, oldPool), BoxBatch(Before, old), Detail(Before, old, oldReads), Receive(Before, old)]
            : [];
        return
        [
            Contact(Platform, apps.Platform, pools.Platform), Contact(RawSameWork, apps.Raw, pools.RawSameWork, "contact/same-work"),
            Contact(Baselines.Raw, apps.Raw, pools.Raw), Contact(Baselines.Ef, apps.Ef, pools.Ef),
            Contact(Baselines.MartenStack, apps.MartenStack, pools.MartenStack),
            BoxBatch(Platform, apps.Platform), BoxBatch(Baselines.Raw, apps.Raw), BoxBatch(Baselines.Ef, apps.Ef),
            Detail(Platform, apps.Platform, reads.Platform), Detail(HalfConditional, apps.Platform, reads.Platform, reads.PlatformTag), Detail(Baselines.Raw, apps.Raw, reads.Raw), Detail(Baselines.Ef, apps.Ef, reads.Ef),
            CalendarDay(Platform, apps.Platform), CalendarDay(Baselines.Minimal, apps.Minimal),
            Receive(Platform, apps.Platform),
            .. before,
        ];
    }

    /// <summary>
    /// Warm-up once per case, then the repeats interleaved: every case at every client count before the next repeat; a case's
    /// <see cref="LoadCase.AfterLastRun"/> follows its last run. Even repeats run the cases in the reverse order, so the two
    /// cases of a ratio swap places: what a load leaves behind (autovacuum, a queue draining, dirty pages) weighs on each in turn.
    /// </summary>
    public static async Task<IReadOnlyList<LoadMeasurement>> MeasureAsync(IReadOnlyList<LoadCase> cases, BenchOptions options, TextWriter log)
    {
        var selected = cases.Where(c => options.Runs(c.Scenario)).ToList();
        foreach (var load in options.WarmupSeconds > 0 ? selected : [])
        {
            log.WriteLine($"warm-up {load.Scenario} {load.Target}");
            await load.Run(options.Clients.Max(), options.WarmupSeconds);
        }
        var measurements = new List<LoadMeasurement>();
        for (var repeat = 1; repeat <= options.Repeats; repeat++)
            foreach (var clients in options.Clients)
                foreach (var load in repeat % 2 == 0 ? Enumerable.Reverse(selected) : selected)
                {
                    var r = await load.Run(clients, options.DurationSeconds);
                    var m = new LoadMeasurement(load.Scenario, load.Target, clients, repeat, r.Throughput, r.P50Ms, r.P99Ms, r.Requests, r.Failures, r.AppCpuMsPerRequest);
                    log.WriteLine($"{m.Scenario} {m.Target,-10} c={clients,-2} #{repeat}: {m.Throughput,8:F0} req/s  p50 {m.P50Ms,7:F2} ms  p99 {m.P99Ms,7:F2} ms  failures {m.Failures}  app CPU {m.AppCpuMsPerRequest,5:F2} ms/req{(r.AppKibPerRequest is { } kib ? $"  {kib,6:F1} KiB/req" : "")}{(r.Database is { } work ? $"  per req: {work}" : "")}");
                    measurements.Add(m);
                    if (repeat == options.Repeats && clients == options.Clients[^1] && load.AfterLastRun is { } after) await after(r);
                }
        return measurements;
    }
}

public sealed record Apps(AppProcess Platform, AppProcess Raw, AppProcess Ef, AppProcess Minimal, AppProcess MartenStack, AppProcess? Before);

public sealed record Pools(CasePool Platform, CasePool Raw, CasePool RawSameWork, CasePool Ef, CasePool MartenStack, CasePool? Before);

/// <summary>
/// Cases to read in S3, one set per app, each seeded with the platform's own detail JSON; <paramref name="PlatformTag"/> is the
/// ETag the platform answers for each of its cases (all seeded alike, at the same version).
/// </summary>
public sealed record ReadSets(IReadOnlyList<Guid> Platform, string PlatformTag, IReadOnlyList<Guid> Raw, IReadOnlyList<Guid> Ef, IReadOnlyList<Guid>? Before);
