using Nanchuan.Bench;

// bench/README.md: `bench/run.sh` builds in Release and runs this; `--smoke` is what the test suite runs.
var root = RepositoryLayout.Locate().Root;
var options = BenchOptions.Parse(args, Path.Combine(root, "bench", "results"));
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
var report = await BenchRunner.RunAsync(options, Console.Out, stop.Token);
return report.Runs.Any(r => r.Failures > 0) || report.Contention.Any(c => !c.VersionsGapFree) || report.MixedDay is { Failures: > 0 } ? 2 : 0;
