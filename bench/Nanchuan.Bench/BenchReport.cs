using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Nanchuan.Bench;

/// <summary>Medians of a case's repeats; <paramref name="MedianAppCpuMsPerRequest"/> is the app process's CPU per request (/proc), which load stretches less than goodput.</summary>
public sealed record LoadSummary(string Scenario, string Target, int Clients, double MedianThroughput, double MedianP50Ms, double MedianP99Ms, long Failures,
    double MedianAppCpuMsPerRequest);

/// <summary>
/// A ratio of medians, with the lowest and highest of the ratios of the same repeat's two runs: how far one repeat alone could
/// mislead (an A/A run, one build in both slots, spread 1.01–1.29 on 2026-12-06).
/// </summary>
public sealed record RatioResult(string Name, int Clients, double Ratio, double Goal, double LowestPaired, double HighestPaired)
{
    public bool? MeetsGoal => Goal > 0 ? Ratio >= Goal : null;
}

/// <summary>How a value must stand to its goal: at least it, at most it, or strictly below it (the issue's "&lt; 1 s").</summary>
public enum GoalBound { AtLeast, AtMost, Below }

/// <summary>
/// A goal of the issue that is not a goodput ratio (S7's rebuild and lag, S8's start-up, S9's drift and memory), judged once:
/// the report's text and its SVG both print this verdict.
/// </summary>
public sealed record GoalCheck(string Name, double Value, double Goal, GoalBound Bound)
{
    public bool Met => Bound switch { GoalBound.AtLeast => Value >= Goal, GoalBound.AtMost => Value <= Goal, _ => Value < Goal };

    public string Relation => Bound switch { GoalBound.AtLeast => "≥", GoalBound.AtMost => "≤", _ => "<" };

    /// <summary>The goal and whether it was met, as the report's text lines print it, e.g. "goal ≤ 1.10 met".</summary>
    public string Verdict => string.Create(CultureInfo.InvariantCulture, $"goal {Relation} {Goal:F2} {(Met ? "met" : "MISSED")}");
}

public sealed record BenchReport(
    string Profile,
    DateTimeOffset StartedAt,
    string Machine,
    BenchOptions Options,
    IReadOnlyList<LoadMeasurement> Runs,
    IReadOnlyList<LoadSummary> Summary,
    IReadOnlyList<RatioResult> Ratios,
    IReadOnlyList<ContentionResult> Contention,
    RebuildResult? Rebuild,
    LagResult? ProjectionLag,
    IReadOnlyList<ColdStartRun> ColdStarts,
    SoakResult? Soak,
    VoteBurstResult? VoteBurst = null,
    ScaleResult? Scale = null,
    MixedDayResult? MixedDay = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IReadOnlyList<LoadSummary> Summarise(IReadOnlyList<LoadMeasurement> runs) => runs
        .GroupBy(r => (r.Scenario, r.Target, r.Clients))
        .Select(g => new LoadSummary(g.Key.Scenario, g.Key.Target, g.Key.Clients,
            Median(g.Select(r => r.Throughput)), Median(g.Select(r => r.P50Ms)), Median(g.Select(r => r.P99Ms)), g.Sum(r => r.Failures),
            Median(g.Select(r => r.AppCpuMsPerRequest))))
        .ToList();

    /// <summary>Each ratio is of medians: goodput of the platform's case over the same-work baseline's, per client count.</summary>
    public static IReadOnlyList<RatioResult> Compare(IReadOnlyList<LoadSummary> summary, IReadOnlyList<LoadMeasurement> runs) =>
        LoadScenarios.Ratios.SelectMany(ratio => summary
                .Where(s => s.Scenario == ratio.Scenario && s.Target == ratio.Target)
                .Select(s => (s, baseline: summary.SingleOrDefault(b => b.Scenario == ratio.BaselineScenario && b.Target == ratio.Baseline && b.Clients == s.Clients)))
                .Where(pair => pair.baseline is { MedianThroughput: > 0 })
                .Select(pair =>
                {
                    var paired = Paired(runs, ratio, pair.s.Clients);
                    return new RatioResult(ratio.Name, pair.s.Clients, pair.s.MedianThroughput / pair.baseline!.MedianThroughput, ratio.Goal,
                        paired.DefaultIfEmpty(0).Min(), paired.DefaultIfEmpty(0).Max());
                }))
            .ToList();

    /// <summary>The ratio of each repeat's two runs at that client count.</summary>
    private static List<double> Paired(IReadOnlyList<LoadMeasurement> runs, RatioDefinition ratio, int clients) =>
        [.. runs.Where(r => r.Scenario == ratio.Scenario && r.Target == ratio.Target && r.Clients == clients)
            .Join(runs.Where(b => b.Scenario == ratio.BaselineScenario && b.Target == ratio.Baseline && b.Clients == clients && b.Throughput > 0),
                r => r.Repeat, b => b.Repeat, (r, b) => r.Throughput / b.Throughput)];

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Nearest-rank percentile of values already sorted ascending (0 when there are none).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>S8's start-up: the platform's median time to its first 2xx over the minimal API's.</summary>
    public double? StartUpRatio =>
        ColdStarts.Any(c => c.Target == LoadScenarios.Platform) && ColdStarts.Any(c => c.Target == Baselines.Minimal)
            ? Median(ColdStarts.Where(c => c.Target == LoadScenarios.Platform).Select(c => c.FirstSuccessMs))
                / Median(ColdStarts.Where(c => c.Target == Baselines.Minimal).Select(c => c.FirstSuccessMs))
            : null;

    public GoalCheck? RebuildGoal =>
        Rebuild is { } rebuild ? new("S7 rebuild vs hand-written", rebuild.Ratio, Nanchuan.Bench.Rebuild.Goal, GoalBound.AtLeast) : null;

    public GoalCheck? LagGoal =>
        ProjectionLag is { } lag ? new("S7 lag p99, seconds", lag.P99Ms / 1000, Nanchuan.Bench.ProjectionLag.GoalSeconds, GoalBound.Below) : null;

    public GoalCheck? StartUpGoal =>
        StartUpRatio is { } startUp ? new("S8 start-up vs minimal API", startUp, ColdStart.Goal, GoalBound.AtMost) : null;

    /// <summary>
    /// Judged only when S9 ran after S12's hour on the same process (<see cref="SoakWarmed"/>): on a cold process the first
    /// sixth holds the warm-up (the JIT, the first collections), which makes any drift look met.
    /// </summary>
    public GoalCheck? DriftGoal =>
        Soak is { } soak && SoakWarmed ? new("S9 p99, last / first sixth", soak.P99DriftRatio, SoakResult.DriftGoal, GoalBound.AtMost) : null;

    /// <summary>Judged only when S9 ran after S12's hour on the same process (<see cref="SoakWarmed"/>).</summary>
    public GoalCheck? MemoryGoal =>
        Soak is { } soak && SoakWarmed ? new("S9 memory, end / start", soak.MemoryRatio, SoakResult.MemoryGoal, GoalBound.AtMost) : null;

    /// <summary>The goals of the scenarios this run measured that are not goodput ratios (issue 21).</summary>
    public IReadOnlyList<GoalCheck> OtherGoals() => [.. new[] { RebuildGoal, LagGoal, StartUpGoal, DriftGoal, MemoryGoal }.OfType<GoalCheck>()];

    /// <summary>S9 ran after S12's hour on the same process, so its memory and drift are judged (ADR 0258); after less, its warm-up is inside it.</summary>
    public bool SoakWarmed => MixedDay is { Seconds: >= SoakResult.WarmedAfterSeconds };

    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Nanchuan benchmark ({Profile}) {StartedAt:yyyy-MM-dd HH:mm} UTC on {Machine}");
        text.AppendLine();
        text.AppendLine("scenario target      clients   req/s (median)   p50 ms    p99 ms  failures  app CPU ms/req");
        foreach (var s in Summary.OrderBy(s => s.Scenario).ThenBy(s => s.Clients).ThenBy(s => s.Target))
            text.AppendLine(CultureInfo.InvariantCulture, $"{s.Scenario,-8} {s.Target,-12} {s.Clients,7} {s.MedianThroughput,16:F0} {s.MedianP50Ms,8:F2} {s.MedianP99Ms,9:F2} {s.Failures,9} {s.MedianAppCpuMsPerRequest,15:F2}");
        text.AppendLine();
        text.AppendLine("ratio (platform / baseline goodput)   clients   ratio   repeats     goal");
        foreach (var r in Ratios)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{r.Name,-37} {r.Clients,7} {r.Ratio,7:F2}   {r.LowestPaired:F2}–{r.HighestPaired:F2}   {(r.Goal > 0 ? $"{r.Goal:F2} {(r.MeetsGoal == true ? "met" : "MISSED")}" : "-")}");
        foreach (var c in Contention)
            text.AppendLine(CultureInfo.InvariantCulture, $"\nS6 {c.Target} ({c.Stream}): {c.Writers} writers, {c.Succeeded} appends in {c.Seconds:F1} s = {c.Goodput:F0}/s, {c.Conflicts} conflicts retried; {c.Check}");
        if (VoteBurst is { } v)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"\nS10 vote burst: {v.Sent} votes sent in {v.SendSeconds:F2} s ({v.Sent / Math.Max(v.SendSeconds, 0.001):F0}/s offered), all answered after {v.AllAnsweredSeconds:F2} s; {v.Accepted} accepted, {v.Refused} refused, {v.Failed} failed; p50 {v.P50Ms:F0} ms, p99 {v.P99Ms:F0} ms; log {v.LoggedVotes} votes, tally {v.TallySum}; {v.Check}");
        if (Scale is { } scale)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"\nS11 scale: {scale.Grievances:N0} requests ({scale.GrievanceEvents:N0} events), {scale.Applications:N0} applications ({scale.ApplicationEvents:N0}), " +
                $"oversight files ({scale.OversightEvents:N0}): {scale.Events:N0} events written in {scale.GenerateSeconds:F0} s; event tables {scale.EventMegabytesPerMillion:F0} MB per million events, database {scale.DatabaseMegabytesPerMillion:F0} MB per million events");
            text.AppendLine("S11 read (one client, one after another)     p50 ms    p99 ms    max ms    bytes  samples");
            foreach (var read in scale.Reads)
                text.AppendLine(CultureInfo.InvariantCulture, $"{read.Name,-40} {read.P50Ms,9:F1} {read.P99Ms,9:F1} {read.MaxMs,9:F1} {read.Bytes,8} {read.Samples,8}");
        }
        if (Rebuild is { } b && RebuildGoal is { } rebuildGoal)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"\nS7 rebuild of {b.Events:N0} events ({b.Streams:N0} requests), medians of {Nanchuan.Bench.Rebuild.Repeats} interleaved runs: platform snapshot (the one document, ADR 0200) {b.PlatformSnapshotSeconds:F1} s ({b.PlatformSnapshotEventsPerSecond:N0} events/s, {b.RowsPlatform:N0} rows), hand-written Npgsql {b.HandWrittenSeconds:F1} s ({b.HandWrittenEventsPerSecond:N0} events/s, {b.RowsHandWritten:N0} rows): ratio {b.Ratio:F2} ({rebuildGoal.Verdict}); Marten's daemon {b.DaemonSnapshotSeconds:F1} s; all of the Grievances projections {b.PlatformAllSeconds:F1} s");
            text.AppendLine(CultureInfo.InvariantCulture, $"S7 cost per rebuild: platform {b.PlatformCost}; hand-written {b.HandWrittenCost}; daemon {b.DaemonCost}");
        }
        if (ProjectionLag is { } lag && LagGoal is { } lagGoal)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"S7 projection lag under S9's load (monthly-report table, the one asynchronous read model): {lag.Probes} assignments, p50 {lag.P50Ms:F0} ms, p99 {lag.P99Ms:F0} ms ({lagGoal.Value:F2} s, {lagGoal.Verdict}), max {lag.MaxMs:F0} ms ({lag.HandlingRounds:N0} handling rounds)");
        if (ColdStarts.Count > 0)
        {
            var platform = ColdStarts.Where(c => c.Target == LoadScenarios.Platform).ToList();
            var minimal = ColdStarts.Where(c => c.Target == Baselines.Minimal).ToList();
            var stack = ColdStarts.Where(c => c.Target == Baselines.MartenStack).ToList();
            double time = Median(platform.Select(c => c.FirstSuccessMs)), baseTime = Median(minimal.Select(c => c.FirstSuccessMs));
            double memory = Median(platform.Select(c => c.ResidentMb)), baseMemory = Median(minimal.Select(c => c.ResidentMb));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"\nS8 cold start to first 2xx: platform {time:F0} ms / minimal API {baseTime:F0} ms = {StartUpRatio:F2}x ({StartUpGoal?.Verdict ?? "not judged: no minimal API start"}); memory {memory:F0} MB / {baseMemory:F0} MB = {memory / baseMemory:F2}x");
            double stackTime = Median(stack.Select(c => c.FirstSuccessMs)), stackMemory = Median(stack.Select(c => c.ResidentMb));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"S8 Marten stack start-up (reported): {stackTime:F0} ms = {stackTime / baseTime:F2}x the minimal API; platform / stack {time / stackTime:F2} (time), {memory / stackMemory:F2} (memory, stack {stackMemory:F0} MB)");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"S8 CPU by the first 2xx: platform {Median(platform.Select(c => c.CpuMs)):F0} ms, Marten stack {Median(stack.Select(c => c.CpuMs)):F0} ms, minimal API {Median(minimal.Select(c => c.CpuMs)):F0} ms");
            var before = ColdStarts.Where(c => c.Target == LoadScenarios.Before).ToList();
            if (before.Count > 0)
            {
                double beforeTime = Median(before.Select(c => c.FirstSuccessMs)), beforeMemory = Median(before.Select(c => c.ResidentMb));
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"S8 before: {beforeTime:F0} ms = {beforeTime / baseTime:F2}x the minimal API; after / before {time / beforeTime:F2} (time), {memory / beforeMemory:F2} (memory)");
            }
        }
        if (MixedDay is { } mixed)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"\nS12 mixed day at {mixed.Load:F2} x (twice the busiest day) for {mixed.Seconds:F0} s ({mixed.OfferedPerHour:F0} kinds of work an hour offered): {mixed.Flows} started, {mixed.FlowsFailed} failed; {mixed.Requests} calls, {mixed.Failures} failed (goal 0 {(mixed.Failures == 0 ? "met" : "MISSED")}); {mixed.TimersFired} deadline timers fired");
            text.AppendLine("S12 endpoint class                                                    calls  failed    p50 ms    p99 ms    max ms");
            foreach (var e in mixed.Endpoints)
                text.AppendLine(CultureInfo.InvariantCulture, $"{e.Endpoint,-68} {e.Requests,6} {e.Failures,7} {e.P50Ms,9:F1} {e.P99Ms,9:F1} {e.MaxMs,9:F1}");
            foreach (var failure in mixed.FailureSamples) text.AppendLine($"S12 failed: {failure}");
        }
        var unwarmed = $"not judged: S12 ran {MixedDay?.Seconds ?? 0:F0} s on the process first, not its hour";
        if (Soak is { } soak)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"\nS9 soak on S12's mix at {soak.Load:F2} x ({soak.OfferedPerHour:F0} kinds of work an hour) for {soak.Seconds:F0} s: p99 of the first sixth {soak.Ends.FirstP99Ms:F1} ms ({soak.Ends.FirstCalls} calls), of the last {soak.Ends.LastP99Ms:F1} ms ({soak.Ends.LastCalls}) (x{soak.P99DriftRatio:F2}, {DriftGoal?.Verdict ?? unwarmed}); memory {soak.Minutes[0].ResidentMb:F0} -> {soak.Minutes[^1].ResidentMb:F0} MB (x{soak.MemoryRatio:F2}, {MemoryGoal?.Verdict ?? unwarmed}; max {soak.Minutes.Max(m => m.ResidentMb):F0} MB); failures {soak.Minutes.Sum(m => m.Failures)}");
        if (Soak is { Classes: { Count: > 0 } classes })
        {
            text.AppendLine("S9 by endpoint class, first / last sixth: calls, p50 ms, p99 ms, calls at or above the sixth's p99 (its tail)");
            foreach (var c in classes.Where(c => c.FirstInTail + c.LastInTail > 0))
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"{c.Endpoint,-68} {c.FirstCalls,5} / {c.LastCalls,-5} {c.FirstP50Ms,6:F1} / {c.LastP50Ms,-6:F1} {c.FirstP99Ms,6:F1} / {c.LastP99Ms,-6:F1} {c.FirstInTail,3} / {c.LastInTail}");
        }
        return text.ToString();
    }

    /// <summary>
    /// A bar per goodput ratio and client count, then one per other goal (<see cref="OtherGoals"/>), each with its goal marked and
    /// coloured met or missed: enough for a person to see where the platform stands.
    /// </summary>
    public string ToSvg()
    {
        const int barHeight = 18, left = 260, width = 420, top = 40, step = barHeight + 6;
        var bars = Ratios.Select(r => (Label: $"{r.Name} · {r.Clients} client{(r.Clients == 1 ? "" : "s")}", Value: r.Ratio, r.Goal, Met: r.MeetsGoal, Mark: "")).ToList();
        var others = OtherGoals().Select(g => (Label: g.Name, g.Value, g.Goal, Met: (bool?)g.Met, Mark: g.Bound == GoalBound.AtLeast ? "" : $" ({g.Relation})")).ToList();
        var max = Math.Max(1.5, bars.Concat(others).SelectMany(b => new[] { b.Value, b.Goal }).DefaultIfEmpty(1).Max() * 1.1);
        var othersTop = top + bars.Count * step + (others.Count > 0 ? 30 : 0);
        var height = othersTop + others.Count * step + 40;
        var svg = new StringBuilder();
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 80}" height="{height}" font-family="sans-serif" font-size="12">""");
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="10" y="20" font-size="14">Platform / baseline goodput, median of {Options.Repeats} runs ({Profile}, {StartedAt:yyyy-MM-dd})</text>""");
        double X(double ratio) => left + ratio / max * width;
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<line x1="{X(1):F1}" y1="{top - 8}" x2="{X(1):F1}" y2="{height - 30}" stroke="#888" stroke-dasharray="4 3"/><text x="{X(1) - 6:F1}" y="{height - 16}">1.0</text>""");
        if (others.Count > 0)
            svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="10" y="{othersTop - 10}" font-size="14">Other goals (below or at most the mark where it says "<" or "≤", else at least)</text>""");
        foreach (var (bar, y) in bars.Select((b, i) => (b, top + i * step)).Concat(others.Select((b, i) => (b, othersTop + i * step))))
        {
            var colour = bar.Met switch { true => "#3a7d44", false => "#c0392b", null => "#5b7db1" };
            svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="10" y="{y + 13}">{Escape(bar.Label + bar.Mark)}</text>""");
            svg.AppendLine(CultureInfo.InvariantCulture, $"""<rect x="{left}" y="{y}" width="{X(bar.Value) - left:F1}" height="{barHeight}" fill="{colour}"/><text x="{X(bar.Value) + 4:F1}" y="{y + 13}">{bar.Value:F2}</text>""");
            if (bar.Goal > 0) svg.AppendLine(CultureInfo.InvariantCulture, $"""<line x1="{X(bar.Goal):F1}" y1="{y - 2}" x2="{X(bar.Goal):F1}" y2="{y + barHeight + 2}" stroke="black" stroke-width="2"/>""");
        }
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
