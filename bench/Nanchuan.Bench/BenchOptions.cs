namespace Nanchuan.Bench;

/// <summary>What one run of the harness does. <see cref="Full"/> is the measurement; <see cref="Smoke"/> only proves the harness works.</summary>
public sealed record BenchOptions
{
    public required string Profile { get; init; }
    public IReadOnlyList<int> Clients { get; init; } = [1, 4, 16];
    public int Repeats { get; init; } = 3;
    public int DurationSeconds { get; init; } = 5;
    /// <summary>
    /// Load on each case before its first measured run, at the most clients: long enough for the tiered JIT to finish (with 2 s,
    /// every first repeat at 16 clients cost twice the app CPU per request of the later ones, RESULTS "2026-12-06").
    /// </summary>
    public int WarmupSeconds { get; init; } = 10;
    public int RebuildEvents { get; init; } = 1_000_000;
    /// <summary>S9: the soak on S12's mix at half its load (issue 21, 6a: an hour).</summary>
    public int SoakSeconds { get; init; } = 3_600;
    /// <summary>S12: how long the mixed day runs (an hour).</summary>
    public int MixedSeconds { get; init; } = 3_600;
    /// <summary>S12: its load as a multiple of the mix (1 = twice the district's busiest day, bench/README.md).</summary>
    public double MixedLoad { get; init; } = 1;
    public int ColdStarts { get; init; } = 3;
    /// <summary>S1–S5: requests seeded in each app before the load runs, the cases S3 reads (S1's are seeded on demand).</summary>
    public int SeededCases { get; init; } = 1_000;
    public int ContentionAppendsPerWriter { get; init; } = 50;
    /// <summary>S10: votes sent within one second, each by a voter of its own.</summary>
    public int BurstVotes { get; init; } = 1_000;
    /// <summary>S11: requests written before the reads are measured (ten years of a district: a million).</summary>
    public int ScaleGrievances { get; init; } = 1_000_000;
    /// <summary>S11: reads of each kind measured, one after another.</summary>
    public int ScaleSamples { get; init; } = 200;
    public IReadOnlySet<string> Scenarios { get; init; } = AllScenarios;
    public required string OutputDirectory { get; init; }
    /// <summary>The Host of another build (e.g. the commit before a tuning change), measured as target "before" in the same run.</summary>
    public string? BeforeHost { get; init; }
    /// <summary>
    /// Where `bench/run.sh` published the apps (Release, ReadyToRun, as the platform is deployed: README); null runs them
    /// from their build output, as the smoke test does.
    /// </summary>
    public string? PublishedApps { get; init; }
    /// <summary>A PostgreSQL connection string with the right to create databases; null starts a private cluster.</summary>
    public string? AdminConnectionString { get; init; }

    public static readonly IReadOnlySet<string> AllScenarios = new HashSet<string> { "S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11", "S12" };

    public bool Runs(string scenario) => Scenarios.Contains(scenario);

    public static BenchOptions Full(string output) => new() { Profile = "full", OutputDirectory = output };

    /// <summary>
    /// A few seconds, one client: run by the test suite so the harness can't rot. Every scenario runs, on the least
    /// data that still takes each of its paths: S11's 100 requests bring 720 applications and two pages of the list (ADR 0185).
    /// </summary>
    public static BenchOptions Smoke(string output) => new()
    {
        Profile = "smoke", OutputDirectory = output, Clients = [1], Repeats = 1, DurationSeconds = 1, WarmupSeconds = 1,
        RebuildEvents = 2_000, SoakSeconds = 3, ColdStarts = 1, ContentionAppendsPerWriter = 3, BurstVotes = 50,
        ScaleGrievances = 100, ScaleSamples = 3, MixedSeconds = 5, SeededCases = 100,
    };

    public static BenchOptions Parse(string[] args, string defaultOutput)
    {
        var options = args.Contains("--smoke") ? Smoke(defaultOutput) : Full(defaultOutput);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--smoke" => options,
                "--clients" => options with { Clients = Next().Split(',').Select(int.Parse).ToList() },
                "--repeats" => options with { Repeats = int.Parse(Next()) },
                "--duration" => options with { DurationSeconds = int.Parse(Next()) },
                "--warmup" => options with { WarmupSeconds = int.Parse(Next()) },
                "--rebuild-events" => options with { RebuildEvents = int.Parse(Next()) },
                "--scale-grievances" => options with { ScaleGrievances = int.Parse(Next()) },
                "--scale-samples" => options with { ScaleSamples = int.Parse(Next()) },
                "--burst-votes" => options with { BurstVotes = int.Parse(Next()) },
                "--soak-seconds" => options with { SoakSeconds = int.Parse(Next()) },
                "--mixed-seconds" => options with { MixedSeconds = int.Parse(Next()) },
                "--mixed-load" => options with { MixedLoad = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--scenarios" => options with { Scenarios = Next().Split(',').Select(s => s.Trim().ToUpperInvariant()).ToHashSet() },
                "--out" => options with { OutputDirectory = Path.GetFullPath(Next()) },
                "--database" => options with { AdminConnectionString = Next() },
                "--before" => options with { BeforeHost = Path.GetFullPath(Next()) },
                "--published" => options with { PublishedApps = Path.GetFullPath(Next()) },
                _ => throw new ArgumentException($"unknown option {args[i]} (see bench/README.md)"),
            };
        }
        return options;
    }
}
