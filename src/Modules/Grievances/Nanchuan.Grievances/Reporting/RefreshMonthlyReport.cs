using Marten;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Grievances.Domain;

namespace Nanchuan.Grievances.Reporting;

/// <summary>
/// A request's rounds changed (assigned, reported, evaluated, closed, overdue, deadline moved): the months they count in
/// are recomputed in <c>grievances.monthly_report</c>. Sent through the outbox after the change commits and handled one at
/// a time, so each refresh reads every change committed before it.
/// </summary>
public sealed record RefreshMonthlyReport(Guid GrievanceId);

public static class RefreshMonthlyReportHandler
{
    public static async Task Handle(RefreshMonthlyReport refresh, IDocumentSession session, IWorkingDayCalendar calendar, CancellationToken cancellation)
    {
        var months = MonthlyReportTable.MonthsOf(await MonthlyReportTable.RoundsOfAsync(session, refresh.GrievanceId, cancellation), calendar);
        foreach (var (year, month) in months)
        {
            var rounds = await MonthlyReportTable.RoundsOfMonthAsync(session, year, month, calendar.TimeZone, cancellation);
            MonthlyReportTable.QueueReplace(session, MonthlyReportCalculator.Calculate(year, month, rounds, calendar.TimeZone));
        }
    }
}
