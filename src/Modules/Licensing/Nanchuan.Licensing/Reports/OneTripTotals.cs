using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.Licensing.Reports.LicensingTables;

namespace Nanchuan.Licensing.Reports;

/// <summary>
/// 最多跑一次 (at most one trip) kept per month and department in <c>licensing.one_trip_months</c> (ADR 0198). Every write of an
/// application row that can change what it counts — its receipt, a visit, its finish — is one statement that writes the row and adds
/// to the totals the difference between what the row counted before and what it counts after (a finished row counts 1 finished in the
/// Beijing-time month of <c>finished_at</c>, and 1 within one trip while <c>visits ≤ 1</c>). So the totals always equal the count over
/// <c>application_rows</c>: live, after a replay over the existing rows (the Admin's rebuild), and after a rebuild into empty tables.
/// Concurrent finishes of one month and department meet only on that one totals row, where <c>on conflict do update</c> makes each
/// add to what the previous committed.
/// </summary>
internal static class OneTripTotals
{
    /// <summary>Queues <paramref name="write"/> (an insert or update of the application's row) with the change of the totals it makes.</summary>
    public static void Write(IDocumentOperations operations, Guid applicationId, ReportSql write) =>
        operations.QueueSqlCommand(
            $"""
            with old as (select department, finished_at, visits from {ApplicationRows.QualifiedName} where application_id = ?::uuid),
            new as ({write.Expression} returning department, finished_at, visits),
            change as (
                select department, finished_at, 1 as finished, (visits <= 1)::int as within_one_trip from new where finished_at is not null
                union all
                select department, finished_at, -1, -(visits <= 1)::int from old where finished_at is not null)
            insert into {OneTripMonths.QualifiedName} as t (month, department, finished, within_one_trip)
            select {BeijingMonth("finished_at")}, department, sum(finished), sum(within_one_trip) from change
            group by 1, 2 having sum(finished) <> 0 or sum(within_one_trip) <> 0
            on conflict (month, department) do update set finished = t.finished + excluded.finished, within_one_trip = t.within_one_trip + excluded.within_one_trip
            """,
            [ReportValues.Parameter(applicationId), .. write.Parameters.Select(ReportValues.Parameter)]);
}
