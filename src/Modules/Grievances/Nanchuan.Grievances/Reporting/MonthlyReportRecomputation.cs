using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Reports;

namespace Nanchuan.Grievances.Reporting;

/// <summary>
/// Rebuilds 月度通报 (<c>grievances.monthly_report</c>) and the contributions it sums (<c>monthly_report_round</c>) as the live refreshes compute them, for every month from the first
/// assignment to the latest assignment, evaluation, rating or closure: listed and rebuilt with the projections (docs/adr/0145).
/// </summary>
internal sealed class MonthlyReportRecomputation(IWorkingDayCalendar calendar) : RecomputedReportTable(MonthlyReportTable.Table)
{
    protected override async Task RecomputeAllAsync(IDocumentSession session, IProgress<string> progress, CancellationToken cancellation)
    {
        MonthlyReportTable.Rounds.Delete(session, "true");
        var rows = session.Query<HandlingRoundRow>();
        if (await rows.OrderBy(r => r.Round.AssignedAt).FirstOrDefaultAsync(cancellation) is not { } earliest) return;
        DateTimeOffset?[] latest =
        [
            (await rows.OrderByDescending(r => r.Round.AssignedAt).FirstAsync(cancellation)).Round.AssignedAt,
            (await rows.Where(r => r.Round.EvaluatedAt != null).OrderByDescending(r => r.Round.EvaluatedAt).FirstOrDefaultAsync(cancellation))?.Round.EvaluatedAt,
            (await rows.Where(r => r.Round.EnterpriseRatedAt != null).OrderByDescending(r => r.Round.EnterpriseRatedAt).FirstOrDefaultAsync(cancellation))?.Round.EnterpriseRatedAt,
            (await rows.Where(r => r.Round.ClosedAt != null).OrderByDescending(r => r.Round.ClosedAt).FirstOrDefaultAsync(cancellation))?.Round.ClosedAt,
        ];
        var first = calendar.LocalDay(earliest.Round.AssignedAt);
        var last = calendar.LocalDay(latest.OfType<DateTimeOffset>().Max());
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            var rounds = await MonthlyReportTable.RoundsOfMonthAsync(session, month.Year, month.Month, calendar.TimeZone, cancellation);
            var contributions = rounds.Select(r => MonthlyContribution.In(r, month.Year, month.Month, calendar.TimeZone)).OfType<MonthlyContribution>().ToList();
            MonthlyReportTable.QueueContributions(session, [.. contributions.Select(c => c.Round.GrievanceId).Distinct()], contributions);
            MonthlyReportTable.QueueSum(session, month.Year, month.Month);
            progress.Report($"{month:yyyy-MM}: {rounds.Count} rounds");
        }
    }
}
