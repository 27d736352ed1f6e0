namespace Nanchuan.Licensing.StaffAssessment.Rulebook;

/// <summary>
/// The three lists of the hall's assessment (考核细则): 十要 (what staff must do: 要亮身份、争第一、亮党徽 …), 十不 (what they must not:
/// 不迟到、不推诿、不聊天、不吃拿卡要 …) and the further service requirements (服务要求) of the "20多项服务要求" scored out of 100.
/// </summary>
public enum AssessmentRuleCategory { TenDos, TenDonts, ServiceRequirement }

/// <summary>Who changed the rules (from the token): staff id, name and role.</summary>
public sealed record RuleChangedBy(string Id, string Name, string Role);

/// <summary>
/// A rule entered the assessment (考核细则新增). <paramref name="Source"/> says where its wording comes from: <c>seed-000</c> (named in the
/// hall's own report) or <c>hall</c> (added by the hall's management).
/// </summary>
public sealed record AssessmentRuleAdopted(
    Guid RulebookId, string Code, string Title, AssessmentRuleCategory Category, int Points, string Source, RuleChangedBy By, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"考核细则新增{Code}“{Title}”，每次扣{Points}分";
}

/// <summary>A rule's wording or points changed (考核细则修订); deductions recorded before keep what they quoted.</summary>
public sealed record AssessmentRuleAmended(
    Guid RulebookId, string Code, int Revision, string Title, int Points, string Reason, RuleChangedBy By, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"考核细则{Code}修订为“{Title}”，每次扣{Points}分：{Reason}";
}

/// <summary>A rule (its last <paramref name="Revision"/>) no longer applies (考核细则废止): no deduction can quote it from then on.</summary>
public sealed record AssessmentRuleRetired(Guid RulebookId, string Code, int Revision, string Reason, RuleChangedBy By, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"考核细则{Code}废止：{Reason}";
}
