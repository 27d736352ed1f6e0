using Nanchuan.Bench;
using Nanchuan.Testing;

namespace Nanchuan.Bench.Tests;

/// <summary>
/// The benchmark harness in smoke mode (one client, a second per run): not a measurement, only proof that every
/// scenario still runs end to end against the real apps, so bench/ cannot rot between measuring sessions.
/// </summary>
public sealed class BenchSmokeTests
{
    [Fact]
    public async Task Every_scenario_runs_against_the_platform_and_its_baselines()
    {
        var output = Path.Combine(Path.GetTempPath(), $"nanchuan-bench-smoke-{Guid.NewGuid():N}");
        var options = BenchOptions.Smoke(output) with { AdminConnectionString = await TestDatabaseServer.CreateDatabaseAsync("bench_admin") };
        try
        {
            var report = await BenchRunner.RunAsync(options, TextWriter.Null, CancellationToken.None);

            report.Summary.Select(s => $"{s.Scenario} {s.Target}").Order().ShouldBe(
            [
                "S1 EfCore", "S1 MartenStack", "S1 platform", "S1 RawNpgsql", "S1 RawSameWork", "S2 EfCore", "S2 platform", "S2 RawNpgsql",
                "S3 EfCore", "S3 platform", "S3 platform-304", "S3 RawNpgsql", "S4 MinimalApi", "S4 platform", "S5 platform",
            ]);
            report.Runs.ShouldAllBe(r => r.Failures == 0 && r.Requests > 0);
            report.Ratios.Select(r => r.Name).Distinct().Count().ShouldBe(LoadScenarios.Ratios.Count(r => r.Baseline != LoadScenarios.Before));

            report.Contention.Count.ShouldBe(2);
            report.Contention.ShouldAllBe(c => c.VersionsGapFree && c.Succeeded == Contention.Writers * options.ContentionAppendsPerWriter);

            report.Rebuild.ShouldNotBeNull();
            report.Rebuild.RowsPlatform.ShouldBe(options.RebuildEvents / 10);
            report.Rebuild.RowsHandWritten.ShouldBe(options.RebuildEvents / 10);

            report.ProjectionLag.ShouldNotBeNull();
            report.ProjectionLag.Probes.ShouldBeGreaterThan(0);

            report.ColdStarts.Select(c => c.Target).Order().ShouldBe([Baselines.MartenStack, Baselines.Minimal, LoadScenarios.Platform]);
            report.ColdStarts.ShouldAllBe(c => c.CpuMs > 0);
            report.Soak.ShouldNotBeNull();
            report.Soak.Minutes.Sum(m => m.Failures).ShouldBe(0);

            report.MixedDay.ShouldNotBeNull();
            report.MixedDay.Failures.ShouldBe(0, string.Join('\n', report.MixedDay.FailureSamples));
            report.MixedDay.FlowsFailed.ShouldBe(0, string.Join('\n', report.MixedDay.FailureSamples));
            report.MixedDay.Endpoints.Select(e => e.Endpoint.Split('/')[2]).Distinct().Order().ShouldBe(
                ["awards", "enforcement", "grievances", "incentives", "judiciary", "landuse", "licensing", "oversight", "procurement", "utilities"]);

            report.Scale.ShouldNotBeNull();
            report.Scale.Grievances.ShouldBe(options.ScaleGrievances);
            var district = new District(options.ScaleGrievances);
            report.Scale.Applications.ShouldBe(district.ImmediateApplications + district.PromisedApplications);
            // Every request and application files at least its opening and one more fact (a deadline set, or its closing).
            report.Scale.OversightEvents.ShouldBeGreaterThanOrEqualTo(2L * (report.Scale.Grievances + report.Scale.Applications));
            report.Scale.Reads.ShouldNotBeEmpty();
            report.Scale.Reads.ShouldAllBe(r => r.Samples == options.ScaleSamples);

            Directory.GetFiles(output, "bench-smoke-*").Select(Path.GetExtension).Order().ShouldBe([".json", ".svg", ".txt"]);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
