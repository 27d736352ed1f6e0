using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.FinancialStreet;

/// <summary>An enterprise lodged a financing request (融资需求) for a loan product, routed to the banks it chose.</summary>
public sealed record FinancingRequested(
    Guid RequestId, UnifiedSocialCreditCode CreditCode, string EnterpriseName, decimal Amount, string Purpose, string Product, IReadOnlyList<string> Banks,
    DateTimeOffset LodgedAt) : IDescribedEvent
{
    public string Describe() => $"{EnterpriseName}申请{Product}{Amount:0.##}元（{Purpose}），推送{string.Join("、", Banks)}";
}

/// <summary>The request reached one chosen bank; its answer and the time it takes are tracked on this referral.</summary>
public sealed record FinancingReferred(
    Guid ReferralId, Guid RequestId, string Bank, UnifiedSocialCreditCode CreditCode, string EnterpriseName, decimal Amount, string Purpose, string Product,
    DateTimeOffset ReferredAt) : IDescribedEvent
{
    public string Describe() => $"融资需求推送至{Bank}";
}

/// <summary>The bank took the request up (受理) and is reviewing it.</summary>
public sealed record FinancingTakenUp(Guid ReferralId, Guid RequestId, string Bank, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{Bank}受理融资需求";
}

/// <summary>The bank approved a loan of <paramref name="Amount"/> (at most the amount requested).</summary>
public sealed record FinancingApproved(Guid ReferralId, Guid RequestId, string Bank, decimal Amount, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{Bank}审批通过{Amount:0.##}元";
}

/// <summary>The bank declined, with its reason.</summary>
public sealed record FinancingDeclined(Guid ReferralId, Guid RequestId, string Bank, string Reason, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{Bank}未予授信：{Reason}";
}
