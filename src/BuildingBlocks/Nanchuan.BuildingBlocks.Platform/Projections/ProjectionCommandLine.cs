using System.Diagnostics;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.BuildingBlocks.Platform.Projections;

/// <summary>
/// `projections list` and `projections rebuild` are the platform's (docs/adr/0151): the list names every projection and
/// recomputed report table with its lifecycle, then every module's report tables; a rebuild runs the Admin API's own path
/// (<see cref="ProjectionRebuild"/>: the daemon, then the erasure counts; a recomputed table under its lock, ADR 0145) for
/// each `-p NAME` given, or for everything listed, with each step on its own line. Any other `projections` command (`run`)
/// goes on to JasperFx.
/// </summary>
public static class ProjectionCommandLine
{
    public const string Command = "projections";

    private const string Usage = "usage: projections list | projections rebuild [-p NAME]…  (NAME as `projections list` shows it)";

    /// <summary>The exit code of a `list` or `rebuild`; null when JasperFx's command is to run.</summary>
    public static async Task<int?> TryRunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var recomputed = services.GetServices<RecomputedReportTable>().ToList();
        var sources = ProjectionRebuild.Sources(store, recomputed);
        switch (args)
        {
            case ["list"]:
                List(sources, services.GetRequiredService<IReadOnlyList<INanchuanModule>>(), output);
                return 0;
            case ["rebuild", .. var options]:
                if (Names(options, sources, output) is not { } names) return 1;
                foreach (var name in names)
                {
                    var clock = Stopwatch.StartNew();
                    output.WriteLine($"rebuilding {name} …");
                    await ProjectionRebuild.RunAsync(store, recomputed, name, new Lines(output), CancellationToken.None);
                    output.WriteLine($"{name} rebuilt in {clock.Elapsed.TotalSeconds:F1} s");
                }
                return 0;
            default:
                return null;
        }
    }

    private static void List(IReadOnlyList<(string Name, string Lifecycle)> sources, IReadOnlyList<INanchuanModule> modules, TextWriter output)
    {
        output.WriteLine("Projections and recomputed report tables (rebuild with `projections rebuild -p NAME`):");
        foreach (var (name, lifecycle) in sources.OrderBy(s => s.Name, StringComparer.Ordinal)) output.WriteLine($"{name}  {lifecycle}");
        output.WriteLine();
        output.WriteLine("Report tables (docs/reporting.md; a table is rebuilt with its module's report projection, a view is computed when read):");
        foreach (var module in modules.Where(m => m.Reports is not null))
            foreach (var table in module.Reports!.Tables)
                output.WriteLine($"{table.QualifiedName}  {(table.IsView ? "view" : "table")}  {module.Name}  {table.ChineseName}");
    }

    /// <summary>The names `-p` gives, each known; every source when none is given; null (after saying why) for anything else.</summary>
    private static List<string>? Names(string[] options, IReadOnlyList<(string Name, string Lifecycle)> sources, TextWriter output)
    {
        var names = new List<string>();
        for (var i = 0; i < options.Length; i += 2)
        {
            if (options[i] is not ("-p" or "--projection") || i + 1 == options.Length)
            {
                output.WriteLine(Usage);
                return null;
            }
            if (!sources.Any(s => s.Name == options[i + 1]))
            {
                output.WriteLine($"没有名为“{options[i + 1]}”的投影 / there is no projection named '{options[i + 1]}' (`projections list` shows them).");
                return null;
            }
            names.Add(options[i + 1]);
        }
        return names.Count > 0 ? names : [.. sources.Select(s => s.Name)];
    }

    /// <summary>Each step on its own line, as it happens (<see cref="Progress{T}"/> would post them to the thread pool, out of order).</summary>
    private sealed class Lines(TextWriter output) : IProgress<string>
    {
        public void Report(string value) => output.WriteLine(value);
    }
}
