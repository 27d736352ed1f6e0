namespace Nanchuan.BuildingBlocks.Ratings;

/// <summary>
/// 政务服务"好差评": the national five-level scale (国办发〔2019〕51号) an enterprise rates a service on. Every module that lets
/// an enterprise rate a service uses this scale and <see cref="ServiceRatings.SatisfactionRate"/>, so the figures add up
/// across the platform (issue 23, point 1).
/// </summary>
public enum ServiceRating
{
    VerySatisfied,
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
    VeryDissatisfied,
}

public static class ServiceRatings
{
    public static string ToChinese(this ServiceRating rating) => rating switch
    {
        ServiceRating.VerySatisfied => "非常满意",
        ServiceRating.Satisfied => "满意",
        ServiceRating.BasicallySatisfied => "基本满意",
        ServiceRating.Dissatisfied => "不满意",
        ServiceRating.VeryDissatisfied => "非常不满意",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Not a 好差评 level."),
    };

    /// <summary>好评: 非常满意, 满意 and 基本满意; 不满意 and 非常不满意 are 差评 (revisited and rectified under the national rules).</summary>
    public static bool IsGood(this ServiceRating rating) => rating is ServiceRating.VerySatisfied or ServiceRating.Satisfied or ServiceRating.BasicallySatisfied;

    /// <summary>满意率 = 好评 ÷ all ratings, 4 decimals (midpoint away from zero); null when nothing was rated.</summary>
    public static decimal? SatisfactionRate(IReadOnlyCollection<ServiceRating> ratings) =>
        ratings.Count == 0 ? null : Math.Round((decimal)ratings.Count(IsGood) / ratings.Count, 4, MidpointRounding.AwayFromZero);

    /// <summary>The longest comment a rating may carry, the same in every module.</summary>
    public const int CommentMaxLength = 500;

    public const string CommentTooLong = "评价内容不超过500字 / a comment has at most 500 characters.";

    /// <summary>The comment as recorded: trimmed, null when blank.</summary>
    public static string? Comment(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
