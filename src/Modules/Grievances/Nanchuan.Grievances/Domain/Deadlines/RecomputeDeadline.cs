using Nanchuan.BuildingBlocks.Errors;

namespace Nanchuan.Grievances.Domain;

public static partial class GrievanceDecisions
{
    /// <summary>
    /// The calendar changed (a year's holiday schedule loaded or amended): the handler recomputes each of
    /// <see cref="Grievance.OpenDeadlines"/> and passes the new value. Null when that deadline is no longer running or did not move.
    /// After a <see cref="DeadlineRecomputed"/> the handler schedules the warning and overdue check again for the new time.
    /// </summary>
    /// <param name="reason">Why it moved, e.g. "2025年节假日安排调整 / 2025 holiday schedule amended".</param>
    public static DeadlineRecomputed? RecomputeDeadline(
        Grievance state, DeadlineKind deadline, DateTimeOffset newDueAt, string? reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainValidationException("reason", "请说明期限调整原因 / the reason the deadline moves is required.");
        var running = state.OpenDeadlines().SingleOrDefault(open => open.Kind == deadline);
        return running is null || running.DueAt == newDueAt
            ? null
            : new DeadlineRecomputed(state.Id, deadline, running.Round, running.DueAt, newDueAt, reason.Trim(), now);
    }
}
