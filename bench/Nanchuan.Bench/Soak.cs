using System.Diagnostics;

namespace Nanchuan.Bench;

/// <summary>The p99 of the successful calls of the run's first and last sixth, and how many calls each held.</summary>
public sealed record SoakEnds(long FirstCalls, double FirstP99Ms, long LastCalls, double LastP99Ms);

/// <summary>
/// One endpoint class at S9's two ends: its successful calls, p50 and p99 in the first and the last sixth, and how many of them
/// were at or above that sixth's p99 over all classes: which classes make the tail the drift compares.
/// </summary>
public sealed record SoakClassEnds(
    string Endpoint, int FirstCalls, double FirstP50Ms, double FirstP99Ms, int FirstInTail, int LastCalls, double LastP50Ms, double LastP99Ms, int LastInTail)
{
    public static IReadOnlyList<SoakClassEnds> Of(IReadOnlyList<MixedDayCall> first, double firstP99Ms, IReadOnlyList<MixedDayCall> last, double lastP99Ms) =>
        [.. first.Concat(last).Select(c => c.Endpoint).Distinct().Select(endpoint =>
            {
                List<double> a = Times(first, endpoint), b = Times(last, endpoint);
                return new SoakClassEnds(endpoint, a.Count, BenchReport.Percentile(a, 0.50), BenchReport.Percentile(a, 0.99), a.Count(ms => ms >= firstP99Ms),
                    b.Count, BenchReport.Percentile(b, 0.50), BenchReport.Percentile(b, 0.99), b.Count(ms => ms >= lastP99Ms));
            })
            .OrderByDescending(c => c.LastInTail).ThenByDescending(c => c.FirstInTail).ThenBy(c => c.Endpoint, StringComparer.Ordinal)];

    private static List<double> Times(IReadOnlyList<MixedDayCall> calls, string endpoint) => [.. calls.Where(c => c.Endpoint == endpoint).Select(c => c.Ms).Order()];
}

public sealed record SoakMinute(int Minute, long Requests, long Failures, double P50Ms, double P99Ms, double ResidentMb);

/// <summary>
/// S9's outcome per interval and at its two ends; the goals (issue 21, 6a): p99 drift within 10 %, memory flat. The drift
/// compares the p99 of the run's last sixth with its first sixth (ten minutes of an hour, ~800 calls at half load), not of
/// its last and first minute: a minute holds ~80 calls, whose p99 is their slowest one (docs/adr/0226).
/// </summary>
public sealed record SoakResult(
    double Load, double OfferedPerHour, double Seconds, IReadOnlyList<SoakMinute> Minutes, SoakEnds Ends, IReadOnlyList<SoakClassEnds>? Classes = null)
{
    public const double DriftGoal = 1.10;

    /// <summary>"Memory flat" (docs/adr/0258): the resident size at the end at most 5 % above the start, on a process warmed by S12.</summary>
    public const double MemoryGoal = 1.05;

    /// <summary>How long S12 must have run on the process first for S9's memory to be judged: its hour, less its own rounding.</summary>
    public const double WarmedAfterSeconds = 3_540;

    public double P99DriftRatio => Ends.LastP99Ms / Math.Max(0.001, Ends.FirstP99Ms);

    public double MemoryRatio => Minutes.Count < 2 ? 1 : Minutes[^1].ResidentMb / Math.Max(1, Minutes[0].ResidentMb);
}

/// <summary>
/// S9: a soak on S12's mix at half its load (the district's busiest day), open loop, for the soak time; latency percentiles
/// of every call and the platform's resident memory per minute (per sixth of the run when it is shorter than six minutes).
/// </summary>
internal static class Soak
{
    public const double Load = 0.5;

    public static async Task<SoakResult> RunAsync(
        MixedDayContext context, TimingHandler timing, AppProcess platform, string connectionString, int seconds, TextWriter log, CancellationToken cancellation)
    {
        var interval = seconds >= 360 ? TimeSpan.FromMinutes(1) : TimeSpan.FromSeconds(Math.Max(1, seconds / 6.0));
        var intervals = Math.Max(1, (int)Math.Ceiling(seconds / interval.TotalSeconds));
        var memory = new double[intervals];
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var sampling = SampleMemoryAsync(platform, interval, memory, done.Token);
        var (mix, calls) = await MixedDay.RunAsync(context, timing, connectionString, Load, seconds, cancellation);
        await done.CancelAsync();
        await sampling;

        var minutes = Enumerable.Range(0, intervals).Select(i =>
        {
            var inInterval = calls.Where(c => Math.Min(intervals - 1, (int)(c.AtSeconds / interval.TotalSeconds)) == i).ToList();
            var sorted = inInterval.Where(c => c.Ok).Select(c => c.Ms).Order().ToList();
            return new SoakMinute(i + 1, inInterval.Count, inInterval.Count(c => !c.Ok), BenchReport.Percentile(sorted, 0.50), BenchReport.Percentile(sorted, 0.99), memory[i]);
        }).ToList();
        foreach (var m in minutes) log.WriteLine($"S9 interval {m.Minute}: {m.Requests} requests, p50 {m.P50Ms:F1} ms, p99 {m.P99Ms:F1} ms, {m.ResidentMb:F0} MB, failures {m.Failures}");
        var sixth = mix.Seconds / 6;
        var first = calls.Where(c => c.Ok && c.AtSeconds < sixth).ToList();
        var last = calls.Where(c => c.Ok && c.AtSeconds >= mix.Seconds - sixth).ToList();
        var ends = new SoakEnds(first.Count, P99(first), last.Count, P99(last));
        return new SoakResult(Load, mix.OfferedPerHour, mix.Seconds, minutes, ends, SoakClassEnds.Of(first, ends.FirstP99Ms, last, ends.LastP99Ms));
    }

    private static double P99(IEnumerable<MixedDayCall> calls) => BenchReport.Percentile([.. calls.Select(c => c.Ms).Order()], 0.99);

    /// <summary>The platform's resident memory at the start of every interval (the last sample stands for the intervals not reached).</summary>
    private static async Task SampleMemoryAsync(AppProcess platform, TimeSpan interval, double[] memory, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < memory.Length; i++)
        {
            var due = interval * i;
            if (due > clock.Elapsed)
            {
                try { await Task.Delay(due - clock.Elapsed, stop); }
                catch (OperationCanceledException) { Array.Fill(memory, memory[Math.Max(0, i - 1)], i, memory.Length - i); return; }
            }
            memory[i] = platform.ResidentMegabytes();
        }
    }
}
