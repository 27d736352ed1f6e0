using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Events;
using Wolverine;

namespace Nanchuan.Grievances.Deadlines;

/// <summary>What a scheduled timer of a request checks when it fires.</summary>
public enum GrievanceTimerKind
{
    /// <summary>1 working day before the assignment deadline.</summary>
    AssignmentWarning,

    /// <summary>At the assignment deadline.</summary>
    AssignmentOverdue,

    /// <summary>1 working day before a round's handling deadline.</summary>
    HandlingWarning,

    /// <summary>At a round's handling deadline.</summary>
    HandlingOverdue,

    /// <summary>At the start of the promised completion date (回访承诺办理情况).</summary>
    PromiseRevisit,
}

/// <summary>
/// A durable timer of one request (platform rule 4): scheduled in Wolverine's outbox in the same transaction as the event
/// that set the deadline, so it survives restarts. It carries the deadline it was set for; when the deadline has moved or
/// the step is done meanwhile, the domain's timer decision finds it stale and nothing is recorded.
/// </summary>
/// <param name="Round">The handling round; null for the assignment deadline.</param>
/// <param name="DueAt">The deadline the timer watches (for <see cref="GrievanceTimerKind.PromiseRevisit"/>: the reminder time).</param>
/// <param name="FireAt">When it is meant to fire.</param>
public sealed record GrievanceTimerFired(Guid GrievanceId, GrievanceTimerKind Kind, int? Round, DateTimeOffset DueAt, DateTimeOffset FireAt) : IDeadlineTimer;

/// <summary>How many working days before a deadline its warning fires: 1 by default (platform rule 4), configurable.</summary>
public sealed record DeadlineWarnings(int WorkingDaysBefore)
{
    public static DeadlineWarnings Default { get; } = new(1);
}

/// <summary>Schedules the timers of a deadline: a warning (<see cref="DeadlineWarnings"/>) and the overdue check at it.</summary>
public static class GrievanceTimers
{
    public static void ScheduleAssignment(
        OutgoingMessages outgoing, IWorkingDayCalendar calendar, TimeProvider time, DeadlineWarnings warnings, Guid grievanceId, DateTimeOffset dueAt)
    {
        ScheduleWarning(outgoing, time, new GrievanceTimerFired(grievanceId, GrievanceTimerKind.AssignmentWarning, null, dueAt,
            calendar.SubtractWorkingDays(dueAt, warnings.WorkingDaysBefore)));
        Schedule(outgoing, time, new GrievanceTimerFired(grievanceId, GrievanceTimerKind.AssignmentOverdue, null, dueAt, dueAt));
    }

    public static void ScheduleHandling(
        OutgoingMessages outgoing, IWorkingDayCalendar calendar, TimeProvider time, DeadlineWarnings warnings, Guid grievanceId, int round, DateTimeOffset dueAt)
    {
        ScheduleWarning(outgoing, time, new GrievanceTimerFired(grievanceId, GrievanceTimerKind.HandlingWarning, round, dueAt,
            calendar.SubtractWorkingDays(dueAt, warnings.WorkingDaysBefore)));
        Schedule(outgoing, time, new GrievanceTimerFired(grievanceId, GrievanceTimerKind.HandlingOverdue, round, dueAt, dueAt));
    }

    /// <summary>The BusinessOffice is reminded when business opens on the promised date.</summary>
    public static void SchedulePromiseRevisit(OutgoingMessages outgoing, IWorkingDayCalendar calendar, TimeProvider time, Guid grievanceId, int round, DateOnly promised)
    {
        var local = promised.ToDateTime(calendar.BusinessHours.Start);
        var remindAt = new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local));
        Schedule(outgoing, time, new GrievanceTimerFired(grievanceId, GrievanceTimerKind.PromiseRevisit, round, remindAt, remindAt));
    }

    /// <summary>
    /// A warning whose moment has already passed when the deadline is set (e.g. a request received after 18:00 whose
    /// assignment is due the next evening) would only announce at once what was just set: it is not scheduled. The
    /// overdue check is always scheduled, and fires at once for a deadline already past.
    /// </summary>
    private static void ScheduleWarning(OutgoingMessages outgoing, TimeProvider time, GrievanceTimerFired warning)
    {
        if (warning.FireAt > time.GetUtcNow()) Schedule(outgoing, time, warning);
    }

    /// <summary>
    /// Wolverine's scheduler runs on the machine clock; deadlines are measured on the platform's <see cref="TimeProvider"/>.
    /// Scheduling by the remaining time keeps the two aligned (identical in production, and a test clock stays in charge).
    /// </summary>
    public static void Schedule(OutgoingMessages outgoing, TimeProvider time, GrievanceTimerFired timer)
    {
        var remaining = timer.FireAt - time.GetUtcNow();
        if (remaining > TimeSpan.Zero) outgoing.Delay(timer, remaining);
        else outgoing.Add(timer);
    }
}
