using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.Licensing.Ratings;

/// <summary>What several 好差评 use cases decide alike: the rating's id, the unit that served, whether a 差评 is still followed up, the appeal's state in Chinese.</summary>
internal static class RatingDecisions
{
    /// <summary>One rating per case: the rating's stream id derives from the rated case, so the store refuses a second stream (ADR 0095).</summary>
    public static Guid RatingIdFor(RatedServiceKind kind, Guid caseId) => DerivedIds.FromName($"nanchuan:service-rating:{kind}:{caseId}");

    /// <summary>The unit that served: a handler of the department, or a clerk of the service point, that served the case.</summary>
    public static void EnsureServingUnit(ServiceRatingCase rating, Actor actor)
    {
        var serving = (actor.Role == Roles.DepartmentHandler && actor.Department == rating.Department)
                      || (actor.Role == Roles.WindowClerk && actor.ServicePoint == rating.ServicePoint);
        if (!serving)
            throw new AccessDeniedException($"由办理单位（{rating.Department}或{rating.ServicePoint}窗口）处理 / the unit that served ({rating.Department}, {rating.ServicePoint}) acts on it.");
    }

    /// <summary>A step of the 差评's follow-up: only on a 差评 whose appeal was not upheld.</summary>
    public static void EnsureFollowedUp(ServiceRatingCase rating, string action)
    {
        if (!rating.IsBad) throw new InvalidStateTransitionException(rating.Rating.ToChinese(), action, "好评无需回访整改 / a good rating has no follow-up.");
        if (rating.Excluded) throw new InvalidStateTransitionException(AppealLabel(rating.Appeal), action);
    }

    public static string AppealLabel(AppealStatus status) => status switch
    {
        AppealStatus.None => "未申诉",
        AppealStatus.Lodged => "申诉待处理",
        AppealStatus.Upheld => "申诉成立（不计入满意率）",
        _ => "申诉不成立",
    };
}
