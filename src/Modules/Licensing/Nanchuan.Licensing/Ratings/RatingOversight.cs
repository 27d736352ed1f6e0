using Nanchuan.BuildingBlocks.Oversight;
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

    public static void Of(OutgoingMessages outgoing, ServiceRatingCase state, object recorded)
    {
        switch (recorded)
        {
            case ServiceRated rated:
                if (rated.FollowUp is not null)
                    outgoing.Add(Type.Opened(state.Id, state.CreditCode, state.Department, $"差评：{state.Title}（{state.EnterpriseName}）", rated.RatedAt,
                        enterpriseName: state.EnterpriseName));
                outgoing.Add(new CaseRated(Type.Case(state.Id, state.CreditCode, state.Department), state.Id, rated.Rating, rated.RatedAt));
                break;
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
