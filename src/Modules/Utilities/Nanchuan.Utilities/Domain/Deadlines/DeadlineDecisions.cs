using Nanchuan.BuildingBlocks.Calendar;

namespace Nanchuan.Utilities.Domain.Deadlines;

/// <summary>What a fired timer or a changed holiday schedule means for a case's deadline; null when nothing is to record.</summary>
public static class DeadlineDecisions
{
    /// <summary>A warning only for the deadline it was set for (a moved deadline makes an old timer stale).</summary>
    public static DeadlineWarned? Warn(DeadlineBook book, UtilityDeadline deadline, DateTimeOffset dueAt, DateTimeOffset now) =>
        book.Find(deadline) is { IsOpen: true, Warned: false, Missed: false } watched && watched.DueAt == dueAt
            ? new DeadlineWarned(deadline, dueAt, now)
            : null;

    public static DeadlineMissed? Miss(DeadlineBook book, UtilityDeadline deadline, DateTimeOffset dueAt, DateTimeOffset now) =>
        book.Find(deadline) is { IsOpen: true, Missed: false } watched && watched.DueAt == dueAt && now >= dueAt
            ? new DeadlineMissed(deadline, dueAt, now)
            : null;

    /// <summary>Open deadlines whose span covers a changed day are computed again; each one that moves is an event with the reason.</summary>
    public static IReadOnlyList<DeadlineRecomputed> Recompute(DeadlineBook book, IWorkingDayCalendar calendar, IReadOnlyCollection<DateOnly> changedDays, string reason) =>
        book.Open
            .Where(d => !d.Missed && changedDays.Any(day => day >= calendar.LocalDay(d.Start) && day <= calendar.LocalDay(d.DueAt)))
            .Select(d => (d, due: d.Limit.DueFrom(calendar, d.Start)))
            .Where(x => x.due != x.d.DueAt)
            .Select(x => new DeadlineRecomputed(x.d.Deadline, x.d.DueAt, x.due, reason))
            .ToList();

    public static bool WithinLimit(DeadlineBook book, UtilityDeadline deadline, DateTimeOffset at) =>
        book.Find(deadline) is not { } watched || at <= watched.DueAt;
}
