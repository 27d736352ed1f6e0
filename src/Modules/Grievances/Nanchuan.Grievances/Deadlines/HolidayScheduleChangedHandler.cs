using JasperFx;
using Marten;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Domain;
using Nanchuan.Grievances.Reading;
using Nanchuan.Grievances.Reporting;
using Wolverine;
using Wolverine.Attributes;

namespace Nanchuan.Grievances.Deadlines;

/// <summary>
/// A year's holiday schedule was loaded or amended (platform rule 3): every running deadline whose span covers a changed
/// day is recomputed with the new calendar; each move is recorded with its reason and watched afresh (the old timers
/// carry the old due time and are then ignored as stale).
/// </summary>
public static class HolidayScheduleChangedHandler
{
    private static readonly GrievanceStatus[] RunningDeadline = [GrievanceStatus.Received, GrievanceStatus.Assigned, GrievanceStatus.Contacted];

    [RetryNow(typeof(ConcurrencyException), 50, 100, 250, 500)]
    public static async Task<OutgoingMessages> Handle(
        HolidayScheduleChanged changed, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider time, DeadlineWarnings warnings,
        CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        if (changed.ChangedDays.Count == 0) return outgoing;
        var reason = $"{changed.Year}年节假日安排{(changed.IsAmendment ? "修订" : "载入")}（{changed.Notice}）";
        var now = time.GetUtcNow();

        var open = await session.Query<GrievanceListItem>().Where(item => item.Status.In(RunningDeadline)).Select(item => item.Id).ToListAsync(cancellation);
        foreach (var id in open)
        {
            var stream = await GrievanceCase.LoadAsync(session, id, cancellation);
            foreach (var deadline in stream.Aggregate!.OpenDeadlines().Where(d => Spans(calendar, d, changed.ChangedDays)))
            {
                var newDueAt = calendar.AddWorkingDays(deadline.Start, deadline.WorkingDays);
                if (GrievanceDecisions.RecomputeDeadline(stream.Aggregate!, deadline.Kind, newDueAt, reason, now) is not { } recomputed) continue;
                stream.AppendOne(recomputed);
                if (deadline.Kind == DeadlineKind.Assignment) GrievanceTimers.ScheduleAssignment(outgoing, calendar, time, warnings, id, newDueAt);
                else
                {
                    GrievanceTimers.ScheduleHandling(outgoing, calendar, time, warnings, id, deadline.Round!.Value, newDueAt);
                    outgoing.Add(new RefreshMonthlyReport(id));
                }
            }
        }
        return outgoing;
    }

    /// <summary>Only a day between the start and the old deadline can move it.</summary>
    private static bool Spans(IWorkingDayCalendar calendar, OpenDeadline deadline, IReadOnlyList<DateOnly> changedDays)
    {
        var from = calendar.LocalDay(deadline.Start);
        var to = calendar.LocalDay(deadline.DueAt);
        return changedDays.Any(day => day >= from && day <= to);
    }
}
