using Nanchuan.Grievances.Contracts;

namespace Nanchuan.Grievances.Domain;

/// <summary>
/// Turns domain events into the module's public integration messages. <c>state</c> may be taken before or after the
/// event is applied: only facts fixed at receipt and the event's own data are read.
/// </summary>
internal static class IntegrationMessages
{
    public static EnterpriseRequestAssigned Assigned(Grievance state, GrievanceAssigned e) => new(
        e.GrievanceId, e.Round, e.SlipNumber, e.HandlingUnitId, e.HandlingUnitName,
        state.EnterpriseName, state.CreditCode, state.Content, e.TimeLimitWorkingDays,
        state.ReceivedAt, e.AssignedAt, e.HandlingDueAt);

    public static EnterpriseRequestOverdue Overdue(Grievance state, AssignmentOverdue e) => new(
        e.GrievanceId, OverdueStage.Assignment, Round: 0, SlipNumber: null, HandlingUnitId: null, HandlingUnitName: null,
        state.EnterpriseName, state.CreditCode, e.DueAt, e.DetectedAt);

    public static EnterpriseRequestOverdue Overdue(Grievance state, HandlingOverdue e) => new(
        e.GrievanceId, OverdueStage.Handling, e.Round, e.SlipNumber, e.HandlingUnitId,
        state.Rounds.Single(r => r.Round == e.Round).HandlingUnitName,
        state.EnterpriseName, state.CreditCode, e.DueAt, e.DetectedAt);

    public static EnterpriseRequestClosed Closed(Grievance state, GrievanceClosed e)
    {
        var last = state.Rounds.Single(r => r.Round == e.Round);
        return new EnterpriseRequestClosed(
            e.GrievanceId, e.SlipNumber, e.Round, last.HandlingUnitId, last.HandlingUnitName,
            state.EnterpriseName, state.CreditCode, state.ReceivedAt, e.ClosedAt);
    }
}
