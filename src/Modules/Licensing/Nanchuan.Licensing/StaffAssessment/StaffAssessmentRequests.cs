namespace Nanchuan.Licensing.StaffAssessment;

/// <summary>
/// The hall's "十要十不" requirements with the points a breach deducts (configuration section Licensing:StaffAssessment).
/// Glossary: 迟到 late, 脱岗 leaving the post, 闲聊 chatting, 吃拿卡要 taking or demanding favours, 未亮明身份 not showing identity,
/// 未佩戴党徽 not wearing the party badge.
/// </summary>
public sealed class StaffAssessmentOptions
{
    public const string Section = "Licensing:StaffAssessment";

    public Dictionary<string, int> Requirements { get; set; } = new()
    {
        ["迟到"] = 2,
        ["脱岗"] = 3,
        ["闲聊"] = 2,
        ["吃拿卡要"] = 10,
        ["未亮明身份"] = 2,
        ["未佩戴党徽"] = 1,
    };
}

/// <summary>Either a breached <paramref name="Requirement"/> of the list (its points apply) or a substantiated <paramref name="Complaint"/> with its <paramref name="Points"/>.</summary>
public sealed record RecordDeduction(string? Requirement, string? Complaint, int? Points) : IOpenApiExample<RecordDeduction>
{
    public static RecordDeduction Example => new(null, "群众投诉办理营业执照时态度生硬，经核实属实", 5);
}

public sealed record RecordExplanation(Guid DeductionId, string Explanation) : IOpenApiExample<RecordExplanation>
{
    public static RecordExplanation Example => new(Guid.Parse("3f2b8c1e-6a4d-4e0b-9c7a-1d2e3f405162"), "当日窗口排队较长，本人解释政策时语气急躁，今后注意耐心答复");
}

/// <summary>One staff member's month: score = 100 − points deducted.</summary>
public sealed record MonthlyAssessment(string StaffId, int Year, int Month, int PointsDeducted, int Score, bool Interview, bool ReturnedToHomeUnit, IReadOnlyList<Deduction> Deductions);
