using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.Licensing.Ratings;

/// <summary>好差评 of a finished case: which service and case, one of the five levels and, optionally, why (at most 500 characters).</summary>
public sealed record RateService(RatedServiceKind Service, Guid CaseId, ServiceRating Rating, string? Comment) : IOpenApiExample<RateService>
{
    public static RateService Example => new(RatedServiceKind.Application, Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), ServiceRating.Dissatisfied,
        "窗口解释不清，来回跑了两次");
}

public sealed record RevisitBadRating(string Findings) : IOpenApiExample<RevisitBadRating>
{
    public static RevisitBadRating Example => new("电话回访企业，确认因材料清单告知不完整多跑一次");
}

public sealed record ResolveBadRating(RatingResolution Resolution, string Account) : IOpenApiExample<ResolveBadRating>
{
    public static ResolveBadRating Example => new(RatingResolution.Rectified, "已修订一次性告知清单并对窗口人员进行培训");
}

public sealed record AppealRating(string Reason) : IOpenApiExample<AppealRating>
{
    public static AppealRating Example => new("企业来电说明误按评价器“非常不满意”，本意为“非常满意”");
}

public sealed record DecideRatingAppeal(bool Upheld, string Reason) : IOpenApiExample<DecideRatingAppeal>
{
    public static DecideRatingAppeal Example => new(true, "经核实企业误评，不计入满意率");
}

/// <summary>Points (1–100) a substantiated 差评 deducts from the window staff member's month; the written explanation (写说明) follows.</summary>
public sealed record DeductForRating(int Points) : IOpenApiExample<DeductForRating>
{
    public static DeductForRating Example => new(2);
}
