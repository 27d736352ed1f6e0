using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.BuildingBlocks.Platform.Projections;

/// <summary>
/// JasperFx's `projections` command knows Marten's projections only; the report tables recomputed by a handler join it here
/// (docs/adr/0145): `projections list` names them before Marten's table, `projections rebuild -p schema.table` rebuilds one
/// with each month shown. Any other `projections` command line goes on to JasperFx.
/// </summary>
public static class RecomputedReportCommandLine
{
    public const string Command = "projections";

    /// <summary>The exit code when the command was one of these tables', null when JasperFx's command is to run.</summary>
    public static async Task<int?> TryRunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var tables = services.GetServices<RecomputedReportTable>().ToList();
        switch (args)
        {
            case ["list", ..]:
                foreach (var table in tables)
                    output.WriteLine($"{table.Name}  {ProjectionRebuilds.Recomputed}  {table.Table.ChineseName}: rebuild with `{Command} rebuild -p {table.Name}`");
                return null;
            case ["rebuild", "-p" or "--projection", var name] when tables.FirstOrDefault(t => t.Name == name) is { } table:
                output.WriteLine($"rebuilding {name} …");
                await table.RebuildAsync(services.GetRequiredService<IDocumentStore>(), new Lines(output), CancellationToken.None);
                output.WriteLine($"{name} rebuilt");
                return 0;
            default:
                return null;
        }
    }

    /// <summary>Each step on its own line, as it happens (<see cref="Progress{T}"/> would post them to the thread pool, out of order).</summary>
    private sealed class Lines(TextWriter output) : IProgress<string>
    {
        public void Report(string value) => output.WriteLine(value);
    }
}
