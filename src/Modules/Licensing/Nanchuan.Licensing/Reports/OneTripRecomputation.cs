using Nanchuan.BuildingBlocks.Platform.Reports;
using Npgsql;
using static Nanchuan.Licensing.Reports.LicensingTables;

namespace Nanchuan.Licensing.Reports;

/// <summary>
/// Recomputes the kept 最多跑一次 totals (<c>licensing.one_trip_months</c>) from <c>application_rows</c> in one statement, listed and
/// rebuilt with the projections (ADR 0145): after the table first appears on a database with finished applications (the upgrade to
/// ADR 0198), or after a hand edit of the rows. It first takes the table in exclusive mode, so the writes of finishes and visits wait
/// for its commit and then add their change to what it wrote; readers still see the old totals until then.
/// </summary>
internal sealed class OneTripRecomputation() : RecomputedReportTable(OneTripMonths)
{
    protected override async Task RecomputeAllAsync(IDocumentSession session, IProgress<string> progress, CancellationToken cancellation)
    {
        await using (var exclusive = new NpgsqlCommand($"lock table {OneTripMonths.QualifiedName} in exclusive mode", session.Connection))
            await exclusive.ExecuteNonQueryAsync(cancellation);
        session.QueueSqlCommand(
            $"insert into {OneTripMonths.QualifiedName} (month, department, finished, within_one_trip) " +
            $"select {BeijingMonth("finished_at")}, department, count(*), count(*) filter (where visits <= 1) " +
            $"from {ApplicationRows.QualifiedName} where finished_at is not null group by 1, 2");
        progress.Report($"{OneTripMonths.QualifiedName}: recomputed from {ApplicationRows.QualifiedName}");
    }
}
