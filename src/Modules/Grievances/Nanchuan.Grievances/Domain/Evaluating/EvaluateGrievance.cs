namespace Nanchuan.Grievances.Domain;

/// <summary>评价: the BusinessOffice revisited the enterprise (回访) and records its opinion (企业意见).</summary>
/// <param name="Comment">Required when the enterprise is not satisfied: the next round starts from it.</param>
/// <param name="RevisitedAt">When the enterprise was asked.</param>
internal sealed record EvaluateGrievance(bool Satisfied, string? Comment, DateTimeOffset RevisitedAt);

internal static partial class GrievanceDecisions
{
    private const string EvaluateAction = "评价 (evaluate)";

    /// <summary>Only once the handling report is in; "unsatisfied" waits for a re-assignment.</summary>
    public static GrievanceEvaluated Evaluate(Grievance state, EvaluateGrievance command, DateTimeOffset now)
    {
        Refusal.Unless(state, EvaluateAction, GrievanceStatus.Handled);
        var round = state.CurrentRound!;

        var errors = new ValidationErrors();
        if (!command.Satisfied) errors.RequireText("comment", command.Comment, "不满意的原因", "the reason the enterprise is not satisfied");
        CheckBetween(errors, "revisitedAt", command.RevisitedAt, round.HandledAt!.Value, now,
            "回访时间", "the revisit time", "办理情况反馈时间", "handling report");
        errors.ThrowIfAny();

        return new GrievanceEvaluated(state.Id, round.Round, command.Satisfied, command.Comment?.Trim() ?? "", command.RevisitedAt, now);
    }
}
