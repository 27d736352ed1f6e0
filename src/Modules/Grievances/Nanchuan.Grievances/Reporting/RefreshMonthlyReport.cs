using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.Grievances.Reporting;

/// <summary>
/// A request's rounds changed (assigned, reported, evaluated, closed, overdue, deadline moved): the months they count in
/// are recomputed in <c>grievances.monthly_report</c>. Sent through the outbox after the change commits and handled in
/// batches, one batch at a time on every node and across nodes (the table's refresh lock), so each refresh reads every
/// change committed before it and no older figures overwrite newer ones.
/// </summary>
public sealed record RefreshMonthlyReport(Guid GrievanceId);

public static class RefreshMonthlyReportHandler
{
    /// <summary>
    /// The refreshes waiting when a batch starts (at most <see cref="BatchSize"/>, one per request) are served by one
    /// recomputation of each month concerned: a busy month is read once per batch instead of once per change (bench S6,
    /// where 800 assignments in 30 s each re-read the whole month).
    /// </summary>
    public static async Task Handle(RefreshMonthlyReport[] refreshes, IDocumentSession session, IWorkingDayCalendar calendar, CancellationToken cancellation)
    {
        // Each node has its own sequential queue; the lock makes the refreshes of all nodes one sequence (docs/adr/0122).
        await MonthlyReportTable.Table.SerialiseRefreshesAsync(session, cancellation);
        var grievances = refreshes.Select(refresh => refresh.GrievanceId).Distinct().ToList();
        var months = MonthlyReportTable.MonthsOf(await MonthlyReportTable.RoundsOfAsync(session, grievances, cancellation), calendar);
        foreach (var (year, month) in months)
        {
            var rounds = await MonthlyReportTable.RoundsOfMonthAsync(session, year, month, calendar.TimeZone, cancellation);
            MonthlyReportTable.QueueReplace(session, MonthlyReportCalculator.Calculate(year, month, rounds, calendar.TimeZone));
        }
    }

    public const int BatchSize = 500;
}
