using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Wolverine;

namespace Nanchuan.Licensing.Ratings;

/// <summary>
/// A 差评's follow-up mirrored as the oversight contract's case events (ADR 0035): it opens with the 差评 and closes when the unit that
/// served rectified or explained it (on time by the rectification limit) or when an appeal against it is upheld. A good rating opens nothing.
/// Every rating is also published as <see cref="CaseRated"/> (the cross-module 满意率), and an upheld appeal strikes it (<see cref="CaseRatingStruck"/>).
/// </summary>
internal static class RatingOversight
{
    private static readonly OversightCaseType Type = new(LicensingModule.ModuleName, RatingDeadlines.Type);

    /// <summary>
    /// The rating (<paramref name="state"/> after it): a 差评 opens its follow-up carrying the revisit and rectification limits it started, each
    /// watched by the platform (ADR 0204, 0249); every rating is published as <see cref="CaseRated"/>.
    /// </summary>
    public static void Rated(OutgoingMessages outgoing, ServiceRatingCase state, ServiceRated rated, DeadlineWatch watch, RatingDeadlines deadlines)
    {
        if (rated.FollowUp is not null)
            deadlines.Open(watch, outgoing, Type.Opened(state.Id, state.CreditCode, state.Department, $"差评：{state.Title}（{state.EnterpriseName}）",
                rated.RatedAt, enterpriseName: state.EnterpriseName), state);
        outgoing.Add(new CaseRated(Type.Case(state.Id, state.CreditCode, state.Department), state.Id, rated.Rating, rated.RatedAt));
    }

    /// <summary>The case events a later step of the follow-up mirrors (<paramref name="state"/> before it).</summary>
    public static void Of(OutgoingMessages outgoing, ServiceRatingCase state, object recorded)
    {
        switch (recorded)
        {
            case BadRatingResolved resolved:
                outgoing.Add(Type.Closed(state.Id, state.CreditCode, state.Department, resolved.Resolution == RatingResolution.Rectified ? "已整改" : "已解释说明",
                    state.RectificationDueAt is { } dueAt ? resolved.At <= dueAt : null, resolved.At));
                break;
            case RatingAppealDecided { Upheld: true } upheld:
                if (state.FollowUp is not null && state.ResolvedAt is null)
                    outgoing.Add(Type.Closed(state.Id, state.CreditCode, state.Department, "申诉成立，不计入满意率", null, upheld.At));
                outgoing.Add(new CaseRatingStruck(Type.Case(state.Id, state.CreditCode, state.Department), state.Id, upheld.Reason, upheld.At));
                break;
        }
    }
}
