namespace Nanchuan.Grievances.Domain;

/// <summary>
/// 办理情况（承办单位填写）: the handling unit's report on the slip — its contact person and phone, how and when it
/// contacted the enterprise, what it did, and any promised completion date (具体事项办结时限).
/// </summary>
internal sealed record FileHandlingReport(
    string? UnitContactPerson,
    string? UnitContactPhone,
    ContactMethod EnterpriseContactMethod,
    DateTimeOffset EnterpriseContactedAt,
    string? ActionsTaken,
    DateOnly? PromisedCompletionDate);

internal static partial class GrievanceDecisions
{
    private const string ReportAction = "填报办理情况 (file handling report)";

    /// <summary>
    /// Files the report of the current round (办结 + 反馈). <paramref name="handlingWorkingDays"/> is the working time from
    /// assignment to <paramref name="now"/>, computed by the handler with the calendar.
    /// </summary>
    public static HandlingReported ReportHandling(Grievance state, FileHandlingReport command, DateTimeOffset now, decimal handlingWorkingDays)
    {
        Refusal.Unless(state, ReportAction, GrievanceStatus.Assigned, GrievanceStatus.Contacted);
        var round = state.CurrentRound!;

        var errors = new ValidationErrors();
        errors.RequireText("unitContactPerson", command.UnitContactPerson, "部门办理联系人", "the unit's contact person");
        errors.RequirePhone("unitContactPhone", command.UnitContactPhone, "部门办理联系电话", "the unit's contact phone");
        errors.If(!Enum.IsDefined(command.EnterpriseContactMethod), "enterpriseContactMethod", "联系方式无效 / unknown contact method.");
        CheckBetween(errors, "enterpriseContactedAt", command.EnterpriseContactedAt, round.AssignedAt, now,
            "与企业联系时间", "the time the enterprise was contacted", "交办时间", "assignment");
        errors.RequireText("actionsTaken", command.ActionsTaken, "办理情况", "what was done");
        errors.ThrowIfAny();
        if (handlingWorkingDays < 0)
            throw new ArgumentOutOfRangeException(nameof(handlingWorkingDays), handlingWorkingDays, "Elapsed working time cannot be negative.");

        return new HandlingReported(
            state.Id,
            round.Round,
            command.UnitContactPerson!.Trim(),
            command.UnitContactPhone!.Trim(),
            command.EnterpriseContactMethod,
            command.EnterpriseContactedAt,
            command.ActionsTaken!.Trim(),
            command.PromisedCompletionDate,
            now,
            WithinLimit: now <= round.DueAt,
            handlingWorkingDays);
    }
}
