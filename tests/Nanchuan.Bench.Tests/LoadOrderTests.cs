using Nanchuan.Bench;

namespace Nanchuan.Bench.Tests;

/// <summary>
/// The order of the interleaved load runs, without apps: even repeats run the cases in reverse, so a ratio's two cases swap
/// places; what follows a case's last run comes before the next case's run.
/// </summary>
public sealed class LoadOrderTests
{
    [Fact]
    public async Task Even_repeats_swap_the_cases_and_what_follows_a_cases_last_run_runs_before_the_next_case_runs()
    {
        var order = new List<string>();
        LoadCase Case(string target) => new("S5", target,
            (clients, _) =>
            {
                order.Add($"{target} c={clients}");
                return Task.FromResult(new LoadResult(Requests: 10, Failures: 0, Seconds: 1, P50Ms: 1, P99Ms: 2));
            },
            _ =>
            {
                order.Add($"{target} backlog");
                return Task.CompletedTask;
            });
        var options = BenchOptions.Smoke("unused") with { Clients = [1, 4], Repeats = 2, WarmupSeconds = 0 };

        var runs = await LoadScenarios.MeasureAsync([Case(LoadScenarios.Platform), Case(LoadScenarios.Before)], options, TextWriter.Null);

        runs.Count.ShouldBe(8);
        order.ShouldBe(
        [
            "platform c=1", "before c=1", "platform c=4", "before c=4",
            "before c=1", "platform c=1", "before c=4", "before backlog", "platform c=4", "platform backlog",
        ]);
    }
}
