using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.Grievances.Domain;

/// <summary>好差评: the enterprise's own rating of the service, with an optional comment.</summary>
internal sealed record RateService(ServiceRating Rating, string? Comment);

internal static partial class GrievanceDecisions
{
    private const string RateAction = "好差评 (rate the service)";

    /// <summary>
    /// Once per round, from its handling report on (also after an evaluation or closing): the enterprise rates what it got.
    /// It changes no state of the loop; the BusinessOffice's revisit evaluation does.
    /// </summary>
    public static GrievanceRatedByEnterprise Rate(Grievance state, RateService command, DateTimeOffset now)
    {
        if (state.CurrentRound is not { HandledAt: not null } round)
            throw Refusal.NotAllowed(state, RateAction, "办理情况反馈后方可评价 / the service can be rated once the handling report is in.");
        if (round.EnterpriseRating is not null)
            throw Refusal.NotAllowed(state, RateAction, $"第{round.Round}轮已评价 / round {round.Round} was already rated.");

        var errors = new ValidationErrors();
        errors.If(!Enum.IsDefined(command.Rating), "rating", "评价等级无效 / unknown rating.");
        errors.If(ServiceRatings.Comment(command.Comment)?.Length > ServiceRatings.CommentMaxLength, "comment", ServiceRatings.CommentTooLong);
        errors.ThrowIfAny();

        return new GrievanceRatedByEnterprise(state.Id, round.Round, command.Rating, command.Comment?.Trim() ?? "", now);
    }
}
