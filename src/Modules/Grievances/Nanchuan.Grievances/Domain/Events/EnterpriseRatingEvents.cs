using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.Grievances.Domain;

/// <summary>
/// 好差评: the enterprise rated how its request was served, on the national five-level scale. Its own fact, apart from the
/// BusinessOffice's revisit evaluation (<see cref="GrievanceEvaluated"/>), which alone moves the loop on.
/// </summary>
/// <param name="Round">The round rated: the one whose handling report the enterprise got.</param>
public sealed record GrievanceRatedByEnterprise(
    Guid GrievanceId,
    int Round,
    ServiceRating Rating,
    string Comment,
    DateTimeOffset RatedAt) : IDescribedEvent
{
    public string Describe() => $"企业好差评（第{Round}轮）：{Rating.ToChinese()}" + (Comment.Length > 0 ? $"，{Comment}" : "");
}
