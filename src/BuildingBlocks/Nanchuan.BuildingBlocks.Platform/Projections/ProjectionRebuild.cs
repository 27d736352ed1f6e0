using JasperFx.Events.Projections;
using Marten;
using Nanchuan.BuildingBlocks.Platform.Erasure;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.BuildingBlocks.Platform.Projections;

/// <summary>
/// The one way a projection or recomputed report table is listed and rebuilt, whoever asks: the Admin through the API
/// (<see cref="ProjectionRebuilds"/>) or an operator on the command line (<see cref="ProjectionCommandLine"/>), docs/adr/0151.
/// A single-stream projection keyed by its stream is replayed stream by stream and copied in (<see cref="StreamReplay"/>,
/// ADR 0156), any other Marten projection is rebuilt by the projection daemon; either is then given back the erasure counts of the documents it wrote
/// afresh (ADR 0128); a recomputed table is recomputed under its refresh lock (ADR 0145).
/// </summary>
internal static class ProjectionRebuild
{
    // A rebuild's own limit: past it the daemon gives up rather than hold a node's worker for ever.
    private static readonly TimeSpan Limit = TimeSpan.FromHours(2);

    /// <summary>Every projection (Marten's name and lifecycle) and every recomputed report table (lifecycle <see cref="ProjectionRebuilds.Recomputed"/>).</summary>
    public static IReadOnlyList<(string Name, string Lifecycle)> Sources(IDocumentStore store, IEnumerable<RecomputedReportTable> recomputed) =>
        [.. store.Options.Events.Projections().Select(p => (p.Name, p.Lifecycle.ToString())).DistinctBy(p => p.Name)
            .Concat(recomputed.Select(table => (table.Name, ProjectionRebuilds.Recomputed)))];

    public static async Task RunAsync(
        IDocumentStore store, IEnumerable<RecomputedReportTable> recomputed, string name, IProgress<string> progress, CancellationToken cancellation)
    {
        if (recomputed.FirstOrDefault(table => table.Name == name) is { } table)
        {
            await table.RebuildAsync(store, progress, cancellation);
            return;
        }
        if (await StreamReplay.TryRebuildAsync(store, name, cancellation) is { } replayed)
            progress.Report($"{name}: replayed stream by stream and copied in (ADR 0156): {replayed.Documents} documents from {replayed.EventRowsRead} events, " +
                            (replayed.ReadEveryEventType ? "every event read (its event types cannot all be known, ADR 0236)" : "only those of its event types read (ADR 0236)"));
        else
            using (var daemon = await store.BuildProjectionDaemonAsync())
                await daemon.RebuildProjectionAsync(name, Limit, cancellation);
        var erased = await ErasureCounts.RestoreAsync(store, cancellation);
        if (erased > 0) progress.Report($"{name}: erasure counts set again on the {erased} erased documents");
    }
}
