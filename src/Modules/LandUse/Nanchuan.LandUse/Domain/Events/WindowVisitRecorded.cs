namespace Nanchuan.LandUse.Domain.Events;

/// <summary>The applicant came to the window for the project other than to hand a stage in (e.g. to supplement or collect): one more trip (跑动).</summary>
/// <param name="Stage">The stage the visit was for, if any.</param>
public sealed record WindowVisitRecorded(Guid ProjectId, string Code, Guid VisitId, int? Stage, string Purpose, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{Code} 窗口跑动1次{(Stage is { } n ? $"（第{n}环节）" : "")}：{Purpose}";
}
