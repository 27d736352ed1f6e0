namespace Nanchuan.Grievances.Domain;

/// <summary>
/// The decisions of the loop, one file per step: current state + command + values the handler computed outside the domain
/// (now, deadlines from the working-day calendar, the allocated slip number) → the event to append. An illegal step throws
/// <see cref="Nanchuan.BuildingBlocks.Errors.InvalidStateTransitionException"/> (409, naming the state in Chinese), bad input
/// <see cref="Nanchuan.BuildingBlocks.Errors.DomainValidationException"/> (400, per field). Timer decisions return null when stale.
/// </summary>
internal static partial class GrievanceDecisions
{
    /// <summary>
    /// 收集: records a validated request. <paramref name="assignmentDueAt"/> is 1 working day after
    /// <see cref="ValidIntake.ReceivedAt"/>, computed by the handler with the working-day calendar.
    /// </summary>
    public static GrievanceReceived Receive(Guid grievanceId, ValidIntake intake, DateTimeOffset assignmentDueAt, DateTimeOffset now)
    {
        if (assignmentDueAt <= intake.ReceivedAt)
            throw new ArgumentOutOfRangeException(nameof(assignmentDueAt), assignmentDueAt, "The assignment deadline must come after receipt.");
        return new GrievanceReceived(
            grievanceId,
            intake.Channel,
            intake.BoxLocation,
            intake.CollectionDate,
            intake.Source,
            intake.EnterpriseName,
            intake.CreditCode,
            intake.ContactPerson,
            intake.Phone,
            intake.Content,
            intake.ReceivedAt,
            assignmentDueAt,
            now);
    }
}
