namespace Nanchuan.Grievances.Domain;

/// <summary>主动联系: the handling unit records that it contacted the enterprise.</summary>
/// <param name="Notes">What was clarified (精准摸清诉求内容).</param>
internal sealed record RecordEnterpriseContact(ContactMethod Method, DateTimeOffset ContactedAt, string? Notes);

internal static partial class GrievanceDecisions
{
    private const string ContactAction = "联系企业 (record contact)";

    /// <summary>Only right after an assignment: once contacted, further contact goes into the handling report.</summary>
    public static EnterpriseContacted RecordContact(Grievance state, RecordEnterpriseContact command, DateTimeOffset now)
    {
        Refusal.Unless(state, ContactAction, GrievanceStatus.Assigned);
        var round = state.CurrentRound!;

        var errors = new ValidationErrors();
        errors.If(!Enum.IsDefined(command.Method), "method", "联系方式无效 / unknown contact method.");
        CheckBetween(errors, "contactedAt", command.ContactedAt, round.AssignedAt, now, "联系时间", "the contact time", "交办时间", "assignment");
        errors.RequireText("notes", command.Notes, "联系情况", "what was clarified with the enterprise");
        errors.ThrowIfAny();

        return new EnterpriseContacted(state.Id, round.Round, command.Method, command.ContactedAt, command.Notes!.Trim(), now);
    }

    /// <summary>A time the user states must lie between the step it follows and now.</summary>
    private static void CheckBetween(
        ValidationErrors errors, string field, DateTimeOffset value, DateTimeOffset earliest, DateTimeOffset now,
        string chineseName, string englishName, string earliestChinese, string earliestEnglish)
    {
        errors.If(value > now, field, $"{chineseName}不能晚于当前时间 / {englishName} cannot be in the future.");
        errors.If(value < earliest, field, $"{chineseName}不能早于{earliestChinese} / {englishName} cannot be before the {earliestEnglish}.");
    }
}
