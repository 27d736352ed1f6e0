namespace Nanchuan.Utilities.Domain.Power;

/// <summary>
/// 受理: the provider accepted a complete power application. The licence data (name, legal representative, address) comes
/// from the platform's enterprise register when the company is known there, so the applicant uploads nothing again.
/// </summary>
/// <param name="LicenceDataShared">True when the licence data was taken from the enterprise register (证照信息共享).</param>
/// <param name="WantedPowerOnDate">When the user needs power (用电时序), so grid works are planned ahead.</param>
/// <param name="DueAt">Power-on deadline; null for high voltage, whose limit starts at the completion inspection request.</param>
public sealed record PowerApplicationAccepted(
    Guid ConnectionId,
    string CreditCode,
    string EnterpriseName,
    bool LicenceDataShared,
    string? LegalRepresentative,
    string? RegisteredAddress,
    PowerConnectionClass Class,
    string SiteAddress,
    decimal CapacityKva,
    DateOnly? WantedPowerOnDate,
    string Provider,
    DateTimeOffset AcceptedAt,
    DateTimeOffset? DueAt) : IDescribedEvent
{
    public string Describe() => $"受理{EnterpriseName}的电力报装（{Class.ToChinese()}，{CapacityKva}千伏安）"
                                + (DueAt is { } due ? $"，应于{due:yyyy-MM-dd HH:mm}前接电" : "，竣工报验后5个工作日内送电");
}

/// <summary>竣工报验: a high-voltage customer asked for the completion inspection; the 5-working-day limit starts.</summary>
public sealed record CompletionInspectionRequested(Guid ConnectionId, DateTimeOffset RequestedAt, DateTimeOffset DueAt) : IDescribedEvent
{
    public string Describe() => $"客户申请竣工报验，应于{DueAt:yyyy-MM-dd HH:mm}前送电";
}

/// <summary>接电/送电: power is on.</summary>
/// <param name="WorkingDaysTaken">Working time from the start of the limit to power on (business hours ÷ business day).</param>
public sealed record PowerSupplied(Guid ConnectionId, DateTimeOffset PoweredOnAt, bool WithinLimit, decimal WorkingDaysTaken) : IDescribedEvent
{
    public string Describe() => $"已接电（用时{WorkingDaysTaken}个工作日，{(WithinLimit ? "在时限内" : "超出时限")}）";
}

/// <summary>A problem with this connection was reported by phone or e-mail; it was passed to the Grievances module as a request.</summary>
public sealed record PowerProblemReported(
    Guid ConnectionId,
    Guid ReportId,
    ProblemReportChannel Channel,
    string ContactPerson,
    string Phone,
    string Content,
    DateTimeOffset ReportedAt) : IDescribedEvent
{
    public string Describe() => $"通过{Channel.Contact()}反映办电问题，已转企呼我为诉求：{Content}";
}
