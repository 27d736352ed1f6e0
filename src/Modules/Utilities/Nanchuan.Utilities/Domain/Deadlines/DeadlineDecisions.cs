using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.Utilities.Domain.Deadlines;

/// <summary>What a fired timer, a changed holiday schedule or a supervision notice means for a case's deadlines; null when nothing is to record.</summary>
public static class DeadlineDecisions
{
    private const string SuperviseAction = "督办";

    /// <summary>A warning only for the deadline it was set for (a moved deadline makes an old timer stale).</summary>
    public static DeadlineWarned? Warn(DeadlineBook book, UtilityDeadline deadline, DateTimeOffset dueAt, DateTimeOffset now) =>
        book.Find(deadline) is { IsOpen: true, Warned: false, Missed: false } watched && watched.DueAt == dueAt
            ? DeadlineEventsOf.Warned(deadline, dueAt, now)
            : null;

    public static DeadlineMissed? Miss(DeadlineBook book, UtilityDeadline deadline, DateTimeOffset dueAt, DateTimeOffset now) =>
        book.Find(deadline) is { IsOpen: true, Missed: false } watched && watched.DueAt == dueAt && now >= dueAt
            ? DeadlineEventsOf.Missed(deadline, dueAt, now)
            : null;

    /// <summary>Open deadlines whose span covers a changed day are computed again; each one that moves is an event with the reason.</summary>
    public static IReadOnlyList<DeadlineRecomputed> Recompute(DeadlineBook book, IWorkingDayCalendar calendar, IReadOnlyCollection<DateOnly> changedDays, string reason) =>
        book.Open
            .Where(d => !d.Missed && changedDays.Any(day => day >= calendar.LocalDay(d.Start) && day <= calendar.LocalDay(d.DueAt)))
            .Select(d => (d, due: d.Limit.DueFrom(calendar, d.Start)))
            .Where(x => x.due != x.d.DueAt)
            .Select(x => DeadlineEventsOf.Recomputed(x.d.Deadline, x.d.DueAt, x.due, reason))
            .ToList();

    public static bool WithinLimit(DeadlineBook book, UtilityDeadline deadline, DateTimeOffset at) =>
        book.Find(deadline) is not { } watched || at <= watched.DueAt;

    /// <summary>
    /// 督办 (platform rule 4): only while a deadline of the case is missed and its step still open; the demand is required.
    /// </summary>
    public static SupervisionNoticeIssued Supervise(IWatchedCase state, string? demand, DateTimeOffset now)
    {
        if (state.Deadlines.MissedOpen is not { } missed)
            throw new InvalidStateTransitionException(state.StatusLabel, SuperviseAction,
                "该报装没有超期未办的环节，无需督办 / the connection has no overdue step to supervise.");
        if (string.IsNullOrWhiteSpace(demand))
            throw new DomainValidationException("demand", "请填写督办要求 / the supervision demand is required.");
        return DeadlineEventsOf.SupervisionNotice(missed.Deadline, missed.DueAt, state.Provider, demand.Trim(), now);
    }
}
