using Nanchuan.Bench;

namespace Nanchuan.Bench.Tests;

/// <summary>
/// The goals that are no goodput ratio (S7's lag, S8's start-up, S9's drift and memory) are judged in the report and drawn in
/// its SVG beside the ratios, each against its own goal, some kept at most and some at least; S9's only on a process S12's hour
/// has warmed (ADR 0258).
/// </summary>
public sealed class OtherGoalsTests
{
    [Fact]
    public void Each_goal_is_judged_against_its_own_bound()
    {
        var goals = Report(startMb: 300, endMb: 318, lagP99Ms: 950, platformStartMs: 1_200).OtherGoals().ToDictionary(g => g.Name);

        goals["S9 memory, end / start"].Value.ShouldBe(1.06, 1e-9);
        goals["S9 memory, end / start"].Met.ShouldBeFalse();
        goals["S9 p99, last / first sixth"].Value.ShouldBe(0.9, 1e-9);
        goals["S9 p99, last / first sixth"].Met.ShouldBeTrue();
        goals["S7 lag p99, seconds"].Value.ShouldBe(0.95, 1e-9);
        goals["S7 lag p99, seconds"].Met.ShouldBeTrue();
        goals["S8 start-up vs minimal API"].Value.ShouldBe(4.0, 1e-9);
        goals["S8 start-up vs minimal API"].Met.ShouldBeFalse();
    }

    [Theory]
    [InlineData(315, true)]
    [InlineData(316, false)]
    public void Memory_is_flat_up_to_five_percent_above_the_start(double endMb, bool flat) =>
        Report(startMb: 300, endMb: endMb, lagP99Ms: 500, platformStartMs: 400).OtherGoals()
            .Single(g => g.Name == "S9 memory, end / start").Met.ShouldBe(flat);

    [Fact]
    public void Memory_and_drift_are_not_judged_when_S12_ran_less_than_its_hour_first()
    {
        var report = Report(startMb: 300, endMb: 400, lagP99Ms: 500, platformStartMs: 400, mixedSeconds: 300);

        report.OtherGoals().ShouldNotContain(g => g.Name == "S9 memory, end / start");
        report.OtherGoals().ShouldNotContain(g => g.Name == "S9 p99, last / first sixth");
        report.ToTable().ShouldContain("(x0.90, not judged: S12 ran 300 s");
        report.ToTable().ShouldContain("(x1.33, not judged: S12 ran 300 s");
    }

    [Fact]
    public void A_lag_of_exactly_one_second_misses_its_goal_in_the_text_and_in_the_svg()
    {
        var report = Report(startMb: 300, endMb: 300, lagP99Ms: 1_000, platformStartMs: 400);

        report.LagGoal!.Met.ShouldBeFalse();
        report.ToTable().ShouldContain("p99 1000 ms (1.00 s, goal < 1.00 MISSED)");
        // Red for the lag alone: the start-up (1.33x), the drift (0.9) and the memory (x1.00) are met.
        CountOf(report.ToSvg(), "fill=\"#c0392b\"").ShouldBe(1);
    }

    [Fact]
    public void The_text_prints_the_same_verdict_as_each_check()
    {
        var report = Report(startMb: 300, endMb: 318, lagP99Ms: 950, platformStartMs: 1_200);
        var table = report.ToTable();

        foreach (var goal in report.OtherGoals())
            table.ShouldContain(goal.Verdict, customMessage: goal.Name);
        table.ShouldContain("= 4.00x (goal ≤ 1.50 MISSED)");
        table.ShouldContain("(x1.06, goal ≤ 1.05 MISSED;");
    }

    [Fact]
    public void The_svg_draws_every_other_goal_in_its_colour()
    {
        var svg = Report(startMb: 300, endMb: 318, lagP99Ms: 1_200, platformStartMs: 400).ToSvg();

        foreach (var name in new[] { "S7 lag p99, seconds (&lt;)", "S8 start-up vs minimal API (≤)", "S9 p99, last / first sixth (≤)", "S9 memory, end / start (≤)" })
            svg.ShouldContain($">{name}<");
        // Missed: the lag (1.2 s) and the memory (x1.06); met: the start-up (1.33x) and the drift (0.9).
        CountOf(svg, "fill=\"#c0392b\"").ShouldBe(2);
        CountOf(svg, "fill=\"#3a7d44\"").ShouldBe(2);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static BenchReport Report(double startMb, double endMb, double lagP99Ms, double platformStartMs, double mixedSeconds = 3_600)
    {
        var mixedDay = new MixedDayResult(1, mixedSeconds, 7_370, 7_373, 0, 10_154, 0, 0, [], []);
        List<SoakMinute> minutes = [new(1, 80, 0, 4, 10, startMb), new(2, 80, 0, 4, 9, (startMb + endMb) / 2), new(3, 80, 0, 4, 9, endMb)];
        var soak = new SoakResult(0.5, 3_685, 180, minutes, new SoakEnds(80, 10, 80, 9));
        List<ColdStartRun> starts = [new(LoadScenarios.Platform, 1, platformStartMs, 200, 900), new(Baselines.Minimal, 1, 300, 90, 300)];
        return new BenchReport("test", DateTimeOffset.UnixEpoch, "test", new BenchOptions { Profile = "test", OutputDirectory = "." }, [], [], [], [], null,
            new LagResult(100, 300, lagP99Ms, lagP99Ms, 1_000), starts, soak, MixedDay: mixedDay);
    }
}
