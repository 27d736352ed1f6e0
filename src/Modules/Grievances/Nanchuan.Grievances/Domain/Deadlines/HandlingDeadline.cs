namespace Nanchuan.Grievances.Domain;

public static partial class GrievanceDecisions
{
    /// <summary>
    /// A scheduled warning for <paramref name="round"/> fired. Null when stale: the report is in, a later round started,
    /// the deadline moved since it was scheduled (<paramref name="scheduledDueAt"/>), or it was already warned.
    /// </summary>
    public static HandlingDeadlineWarned? WarnHandlingDeadline(Grievance state, int round, DateTimeOffset scheduledDueAt, DateTimeOffset now) =>
        RunningHandlingRound(state, round, scheduledDueAt) is { DeadlineWarned: false } current
            ? new HandlingDeadlineWarned(state.Id, current.Round, current.SlipNumber, current.HandlingUnitId, current.DueAt, now)
            : null;

    /// <summary>A scheduled overdue check for <paramref name="round"/> fired; null when stale (see <see cref="WarnHandlingDeadline"/>).</summary>
    public static HandlingOverdue? DeclareHandlingOverdue(Grievance state, int round, DateTimeOffset scheduledDueAt, DateTimeOffset now) =>
        RunningHandlingRound(state, round, scheduledDueAt) is { Overdue: false } current
            ? new HandlingOverdue(state.Id, current.Round, current.SlipNumber, current.HandlingUnitId, current.DueAt, now)
            : null;

    private static HandlingRound? RunningHandlingRound(Grievance state, int round, DateTimeOffset scheduledDueAt) =>
        state.Status is GrievanceStatus.Assigned or GrievanceStatus.Contacted
        && state.CurrentRound is { } current && current.Round == round && current.DueAt == scheduledDueAt
            ? current
            : null;
}
