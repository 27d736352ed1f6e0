namespace Nanchuan.Licensing.StaffAssessment.Rulebook;

/// <summary>
/// The rules seed 000 names ("规定了不迟到、不推诿、不聊天、不吃拿卡要和要亮身份、争第一、亮党徽等'十要十不'铁的纪律"): 4 of the ten
/// 不 and 3 of the ten 要, and none of the "20多项服务要求" one by one. The seed gives no points; those below are the hall's defaults
/// (ADR 0114), amendable like any rule. Codes: B (不) and Y (要) with the seed's order; the hall's own additions take codes it chooses.
/// The rules are in force from 2020-01-01 (Beijing time), the year of the hall's report, so deductions of that year on can quote them.
/// </summary>
internal static class SeedRules
{
    public const string Source = "seed-000";

    public static readonly DateTimeOffset InForceFrom = new(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    /// <summary>How many rules each list holds by its name (十要, 十不); the service requirements are "20多项" in all, not counted out.</summary>
    public const int TenItems = 10;

    public static readonly IReadOnlyList<(string Code, string Title, AssessmentRuleCategory Category, int Points)> Rules =
    [
        ("B1", "不迟到", AssessmentRuleCategory.TenDonts, 2),
        ("B2", "不推诿", AssessmentRuleCategory.TenDonts, 3),
        ("B3", "不聊天", AssessmentRuleCategory.TenDonts, 2),
        ("B4", "不吃拿卡要", AssessmentRuleCategory.TenDonts, 10),
        ("Y1", "要亮身份", AssessmentRuleCategory.TenDos, 2),
        ("Y2", "要争第一", AssessmentRuleCategory.TenDos, 1),
        ("Y3", "要亮党徽", AssessmentRuleCategory.TenDos, 1),
    ];

    public static IReadOnlyList<AssessmentRuleAdopted> Adopted() =>
        Rules.Select(r => new AssessmentRuleAdopted(AssessmentRulebook.StreamId, r.Code, r.Title, r.Category, r.Points, Source,
            new RuleChangedBy(Actor.System.Id, Actor.System.Name, Actor.System.Role), InForceFrom)).ToList();
}
