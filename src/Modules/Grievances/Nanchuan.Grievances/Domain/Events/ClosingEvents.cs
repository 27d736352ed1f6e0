namespace Nanchuan.Grievances.Domain;

/// <summary>评价: the BusinessOffice revisited the enterprise (回访) and recorded its opinion (企业意见: 满意 / 不满意).</summary>
/// <param name="RevisitedAt">When the enterprise was asked.</param>
public sealed record GrievanceEvaluated(
    Guid GrievanceId,
    int Round,
    bool Satisfied,
    string Comment,
    DateTimeOffset RevisitedAt,
    DateTimeOffset RecordedAt) : IDescribedEvent
{
    public string Describe() => $"回访评价（第{Round}轮）：企业{(Satisfied ? "满意" : "不满意")}" + (Comment.Length > 0 ? $"，{Comment}" : "");
}

/// <summary>销号: 同意销号 — the BusinessOffice closed the request after a satisfied evaluation.</summary>
/// <param name="SlipNumber">The slip of the last round, the one that is closed.</param>
public sealed record GrievanceClosed(
    Guid GrievanceId,
    int Round,
    string SlipNumber,
    string? Note,
    DateTimeOffset ClosedAt) : IDescribedEvent
{
    public string Describe() => $"同意销号（交办单{SlipNumber}）" + (Note is null ? "" : $"：{Note}");
}

/// <summary>持续跟踪: satisfied, but the BusinessOffice keeps the request open, e.g. while a promised completion date is pending.</summary>
public sealed record TrackingContinued(
    Guid GrievanceId,
    int Round,
    string Reason,
    DateTimeOffset DecidedAt) : IDescribedEvent
{
    public string Describe() => $"持续跟踪：{Reason}";
}

/// <summary>回访承诺办理情况: the BusinessOffice checked with the enterprise whether the promised completion date was kept.</summary>
public sealed record PromiseRevisited(
    Guid GrievanceId,
    int Round,
    DateOnly PromisedCompletionDate,
    bool Kept,
    string Note,
    DateTimeOffset RevisitedAt,
    DateTimeOffset RecordedAt) : IDescribedEvent
{
    public string Describe() => $"回访承诺办理情况（承诺{PromisedCompletionDate:yyyy-MM-dd}前办结）：{(Kept ? "已兑现" : "未兑现")}" + (Note.Length > 0 ? $"，{Note}" : "");
}
