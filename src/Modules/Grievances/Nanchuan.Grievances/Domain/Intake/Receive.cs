namespace Nanchuan.Grievances.Domain;

public static partial class GrievanceDecisions
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
            intake.DeskRequestId,
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
