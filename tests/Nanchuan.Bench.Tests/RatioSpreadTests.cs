using Nanchuan.Bench;

namespace Nanchuan.Bench.Tests;

/// <summary>
/// A ratio is of the two cases' medians, and beside it the lowest and highest ratio of one repeat's two runs, so a reader sees
/// how far one repeat alone could have moved it.
/// </summary>
public sealed class RatioSpreadTests
{
    [Fact]
    public void A_ratio_carries_the_lowest_and_highest_ratio_of_one_repeats_two_runs()
    {
        LoadMeasurement Run(string target, int repeat, double throughput) => new("S1", target, 16, repeat, throughput, 1, 2, 1_000, 0, 0.5);
        List<LoadMeasurement> runs =
        [
            Run(LoadScenarios.Platform, 1, 900), Run(LoadScenarios.Before, 1, 1_000),
            Run(LoadScenarios.Platform, 2, 1_300), Run(LoadScenarios.Before, 2, 1_000),
            Run(LoadScenarios.Platform, 3, 1_100), Run(LoadScenarios.Before, 3, 1_100),
        ];

        var afterBefore = BenchReport.Compare(BenchReport.Summarise(runs), runs).Single(r => r.Name == "S1 after / before");

        afterBefore.Ratio.ShouldBe(1_100.0 / 1_000);
        afterBefore.LowestPaired.ShouldBe(0.9);
        afterBefore.HighestPaired.ShouldBe(1.3);
    }
}
