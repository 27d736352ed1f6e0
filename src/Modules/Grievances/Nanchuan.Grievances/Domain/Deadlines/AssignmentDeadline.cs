namespace Nanchuan.Grievances.Domain;

public static partial class GrievanceDecisions
{
    /// <summary>
    /// A scheduled warning fired. Null (nothing to record) when it is stale: the request is no longer waiting for
    /// assignment, the deadline moved since the warning was scheduled (<paramref name="scheduledDueAt"/>), or it was already warned.
    /// </summary>
    public static AssignmentDeadlineWarned? WarnAssignmentDeadline(Grievance state, DateTimeOffset scheduledDueAt, DateTimeOffset now) =>
        IsAssignmentDeadlineRunning(state, scheduledDueAt) && !state.IsAssignmentDeadlineWarned
            ? new AssignmentDeadlineWarned(state.Id, state.AssignmentDueAt, now)
            : null;

    /// <summary>A scheduled overdue check fired; null when stale (see <see cref="WarnAssignmentDeadline"/>).</summary>
    public static AssignmentOverdue? DeclareAssignmentOverdue(Grievance state, DateTimeOffset scheduledDueAt, DateTimeOffset now) =>
        IsAssignmentDeadlineRunning(state, scheduledDueAt) && !state.IsAssignmentOverdue
            ? new AssignmentOverdue(state.Id, state.AssignmentDueAt, now)
            : null;

    private static bool IsAssignmentDeadlineRunning(Grievance state, DateTimeOffset scheduledDueAt) =>
        state.Status == GrievanceStatus.Received && state.AssignmentDueAt == scheduledDueAt;
}
