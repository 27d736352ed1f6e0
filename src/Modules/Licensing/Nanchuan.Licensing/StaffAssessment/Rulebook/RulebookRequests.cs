namespace Nanchuan.Licensing.StaffAssessment.Rulebook;

/// <summary>A new rule of the assessment: its code (letters, digits, hyphens), wording, list and the points a breach deducts.</summary>
public sealed record AdoptAssessmentRule(string? Code, string? Title, AssessmentRuleCategory? Category, int? Points) : IOpenApiExample<AdoptAssessmentRule>
{
    public static AdoptAssessmentRule Example => new("B5", "不擅离岗位", AssessmentRuleCategory.TenDonts, 3);
}

/// <summary>A rule's new wording and points, and why they change.</summary>
public sealed record AmendAssessmentRule(string? Title, int? Points, string? Reason) : IOpenApiExample<AmendAssessmentRule>
{
    public static AmendAssessmentRule Example => new("不迟到、不早退", 3, "2026年第四季度考核办法修订，迟到早退合并考核");
}

public sealed record RetireAssessmentRule(string? Reason) : IOpenApiExample<RetireAssessmentRule>
{
    public static RetireAssessmentRule Example => new("并入“不推诿”考核");
}

/// <summary>
/// The rules in force at <paramref name="At"/> and, per list, how many the seed names and how many it states (十要, 十不: ten each;
/// the service requirements are "20多项" in all, with no number of their own).
/// </summary>
public sealed record RulebookView(DateTimeOffset At, IReadOnlyList<AssessmentRuleRevision> Rules, IReadOnlyList<RuleListCoverage> Lists);

/// <summary>One list: <paramref name="Stated"/> items by its name (null: not counted out), <paramref name="NamedBySeed"/> of them named in seed 000, <paramref name="InForce"/> now.</summary>
public sealed record RuleListCoverage(AssessmentRuleCategory Category, string Name, int? Stated, int NamedBySeed, int InForce, string Note);
