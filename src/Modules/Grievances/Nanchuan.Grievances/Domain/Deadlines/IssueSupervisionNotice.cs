namespace Nanchuan.Grievances.Domain;

/// <summary>督办: the BusinessOffice escalates an overdue round to its handling unit.</summary>
/// <param name="Demand">督办要求, e.g. "请于3个工作日内办结并反馈 / finish and report within 3 working days".</param>
internal sealed record IssueSupervisionNotice(string? Demand);

internal static partial class GrievanceDecisions
{
    private const string SuperviseAction = "督办 (issue supervision notice)";

    /// <summary>Only while the current round is overdue and its handling report is still missing.</summary>
    public static SupervisionNoticeIssued Supervise(Grievance state, IssueSupervisionNotice command, DateTimeOffset now)
    {
        Refusal.Unless(state, SuperviseAction, GrievanceStatus.Assigned, GrievanceStatus.Contacted);
        var round = state.CurrentRound!;
        if (!round.Overdue)
            throw Refusal.NotAllowed(state, SuperviseAction,
                $"承办单位尚未超期（办理期限 {round.DueAt:yyyy-MM-dd HH:mm}） / the handling unit is not overdue (due {round.DueAt:yyyy-MM-dd HH:mm}).");

        var errors = new ValidationErrors();
        errors.RequireText("demand", command.Demand, "督办要求", "the supervision demand");
        errors.ThrowIfAny();

        return new SupervisionNoticeIssued(
            state.Id, round.Round, round.SlipNumber, round.HandlingUnitId, round.HandlingUnitName, round.DueAt, command.Demand!.Trim(), now);
    }
}
