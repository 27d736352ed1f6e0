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
    /// The refreshes waiting when a batch starts (at most <see cref="BatchSize"/>, one per request) are served together: the
    /// batch's requests' contributions are replaced, then each month they count in is summed again in SQL (docs/adr/0176), so a
    /// refresh reads the batch's rounds, not every round of a busy month (bench S7's lag).
    /// </summary>
    public static async Task Handle(RefreshMonthlyReport[] refreshes, IDocumentSession session, IWorkingDayCalendar calendar, CancellationToken cancellation)
    {
        // Each node has its own sequential queue; the lock makes the refreshes of all nodes one sequence (docs/adr/0122).
        await MonthlyReportTable.Table.SerialiseRefreshesAsync(session, cancellation);
        var grievances = refreshes.Select(refresh => refresh.GrievanceId).Distinct().ToList();
        var contributions = (await MonthlyReportTable.RoundsOfAsync(session, grievances, cancellation))
            .SelectMany(round => MonthlyContribution.Of(round, calendar.TimeZone)).ToList();
        MonthlyReportTable.QueueContributions(session, grievances, contributions);
        foreach (var (year, month) in contributions.Select(c => (c.Year, c.Month)).Distinct())
            MonthlyReportTable.QueueSum(session, year, month);
    }

    public const int BatchSize = 500;
}
