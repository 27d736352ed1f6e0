using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.BuildingBlocks.Deadlines;

/// <summary>The rules every module's deadlines follow (platform rules 3 and 4); plain functions, no infrastructure.</summary>
public static class DeadlineRules
{
    /// <summary>
    /// The one on-time rule: the due instant itself is still on time. For a calendar-day limit the due instant is 24:00 of the
    /// last day (00:00 of the next), so an act at exactly 24:00 is within the limit; for working days it is 18:00 of the last day.
    /// </summary>
    public static bool IsOnTime(DateTimeOffset actAt, DateTimeOffset dueAt) => actAt <= dueAt;

    /// <summary>When the overdue check runs: the first second after the due instant, the first moment an act is late.</summary>
    public static DateTimeOffset OverdueCheckAt(DateTimeOffset dueAt) => dueAt.AddSeconds(1);

    /// <summary>
    /// Whether a fired timer still matters: the deadline it was set for is running with the same due time, is not paused, and
    /// the alarm has not been recorded (an overdue deadline is not warned any more). A moved, met or paused deadline makes it stale.
    /// </summary>
    public static bool Fires(RunningDeadline? running, DeadlineAlarm alarm, DateTimeOffset scheduledDueAt, DateTimeOffset now) =>
        running is { PausedAt: null } d && d.DueAt == scheduledDueAt && alarm switch
        {
            DeadlineAlarm.Warning => !d.Warned && !d.Overdue,
            _ => !d.Overdue && !IsOnTime(now, d.DueAt),
        };

    /// <summary>The due time under the calendar as it is now: the limit from the start, moved by the time the clock was paused.</summary>
    public static DateTimeOffset DueAt(IWorkingDayCalendar calendar, RunningDeadline deadline)
    {
        if (deadline.Limit.Kind == DeadlineKind.CalendarDays)
            return calendar.AddCalendarDays(deadline.Start, (int)deadline.Limit.Amount + deadline.PausedFor.Days);
        var due = deadline.Limit.DueFrom(calendar, deadline.Start);
        // A due time at closing (18:00) moves into the next working day's hours, not past 18:00 of the same day.
        return deadline.PausedFor > TimeSpan.Zero ? calendar.AddBusinessHours(due, deadline.PausedFor) : due;
    }

    /// <summary>Only a changed day between the start's day and the due day can move a deadline.</summary>
    public static bool Spans(IWorkingDayCalendar calendar, RunningDeadline deadline, IReadOnlyCollection<DateOnly> changedDays)
    {
        var from = calendar.LocalDay(deadline.Start);
        var to = calendar.LocalDay(deadline.DueAt);
        return changedDays.Any(day => day >= from && day <= to);
    }

    /// <summary>
    /// The clock resumes: the time it stood still — business time between pause and resume, or for a calendar-day limit the
    /// calendar days — is added to the time paused before, and the due time is computed again.
    /// </summary>
    public static ClockResumption Resume(IWorkingDayCalendar calendar, RunningDeadline deadline, DateTimeOffset resumedAt)
    {
        if (deadline.PausedAt is not { } pausedAt) throw new InvalidOperationException($"Deadline {deadline.Name} is not paused.");
        var paused = deadline.Limit.Kind == DeadlineKind.CalendarDays
            ? TimeSpan.FromDays(Math.Max(0, calendar.LocalDay(resumedAt).DayNumber - calendar.LocalDay(pausedAt).DayNumber))
            : calendar.BusinessTimeBetween(pausedAt, resumedAt);
        var total = deadline.PausedFor + paused;
        return new ClockResumption(paused, total, DueAt(calendar, deadline with { PausedFor = total, PausedAt = null }));
    }
}

/// <summary>What a resumed clock did: how long it stood still this time and in all (business time; whole days for calendar days), and the new due time.</summary>
public sealed record ClockResumption(TimeSpan Paused, TimeSpan TotalPaused, DateTimeOffset DueAt);
