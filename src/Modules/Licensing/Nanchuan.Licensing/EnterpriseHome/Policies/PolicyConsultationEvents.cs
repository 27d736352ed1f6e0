using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.EnterpriseHome.Policies;

/// <summary>A policy (惠企政策) a consultation is about: a government item of the enterprise's investment agreement, as the Incentives module described it then.</summary>
public sealed record LinkedPolicy(Guid AgreementId, string AgreementNumber, string ItemCode, string Policy, string Description, decimal Amount, string Status);

/// <summary>An enterprise asked 企业之家 about enterprise-benefit policies (惠企政策咨询), at the desk or online.</summary>
public sealed record PolicyQuestionAsked(
    Guid ConsultationId, UnifiedSocialCreditCode CreditCode, string EnterpriseName, string Question, IReadOnlyList<LinkedPolicy> Policies, string Channel,
    string AskedById, string AskedByName, DateTimeOffset AskedAt) : IDescribedEvent
{
    public string Describe() => $"{EnterpriseName}咨询惠企政策：{Question}{(Policies.Count > 0 ? $"（{string.Join("、", Policies.Select(p => p.Policy))}）" : "")}";
}

/// <summary>企业之家 or a department answered the question, possibly pointing to more of the enterprise's policies.</summary>
public sealed record PolicyQuestionAnswered(
    Guid ConsultationId, string Answer, IReadOnlyList<LinkedPolicy> Policies, string ById, string ByName, string? ByDepartment, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{ByName}答复惠企政策咨询：{Answer}";
}
