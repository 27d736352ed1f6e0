using Marten;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>
/// A report table recomputed from committed read models by a refresh handler rather than written inline with the events
/// (Grievances' 月度通报). Registered as a service of this type, it is listed and rebuilt beside the Marten projections, under
/// its qualified name: by the Admin (<c>/api/admin/projections</c>) and on the command line (<c>projections list</c>,
/// <c>projections rebuild -p schema.table</c>) (docs/adr/0145).
/// </summary>
public abstract class RecomputedReportTable(ReportTable table)
{
    public ReportTable Table { get; } = table;

    /// <summary>The name it is listed and rebuilt by: the table's qualified name.</summary>
    public string Name => Table.QualifiedName;

    /// <summary>
    /// Empties the table and writes every row anew in one transaction that holds the table's refresh lock (docs/adr/0122): readers
    /// see the old rows until the commit, and live refreshes on every node wait for it, then read what it committed.
    /// </summary>
    public async Task RebuildAsync(IDocumentStore store, IProgress<string> progress, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        await Table.SerialiseRefreshesAsync(session, cancellation);
        Table.Delete(session, "true");
        await RecomputeAllAsync(session, progress, cancellation);
        await session.SaveChangesAsync(cancellation);
    }

    /// <summary>Queues every row of the table into the session (emptied, locked); reports each period it computed.</summary>
    protected abstract Task RecomputeAllAsync(IDocumentSession session, IProgress<string> progress, CancellationToken cancellation);
}
