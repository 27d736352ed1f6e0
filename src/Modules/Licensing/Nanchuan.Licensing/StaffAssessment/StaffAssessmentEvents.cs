using Nanchuan.Licensing.StaffAssessment.Rulebook;

namespace Nanchuan.Licensing.StaffAssessment;

/// <summary>
/// Points deducted from a window staff member in an Asia/Shanghai month (考核月). <paramref name="Requirement"/> is the wording of the
/// breached rule and <paramref name="Rule"/> the rule's code, revision and list as in force then (null in streams stored before the
/// rules became data, ADR 0114); for a substantiated complaint (有效投诉) both are null, <paramref name="Complaint"/> holds it and a
/// written explanation (写说明) is required. <paramref name="ModelPost"/> is the model post (示范岗) the person held then, if any: a
/// complaint against one is noted as the seed describes ("党员不热情…被投诉了，不但要被扣分，还要写说明").
/// </summary>
public sealed record DeductionRecorded(
    Guid AssessmentId, string StaffId, Guid DeductionId, int Year, int Month, string? Requirement, string? Complaint, int Points,
    AssessmentRuleQuote? Rule = null, ModelPostKind? ModelPost = null) : IDescribedEvent
{
    public bool ExplanationRequired => Complaint is not null;

    public string Describe() =>
        $"{Year}年{Month}月扣{Points}分：{(Rule is null ? "" : $"{Rule.Code} ")}{Requirement ?? $"有效投诉（{Complaint}）"}"
        + (ModelPost is { } post && Complaint is not null ? $"（{ModelPosts.Name(post)}被投诉）" : "");
}

/// <summary>The rule a deduction quoted, as it stood: its code, revision and list (the wording and points are the deduction's).</summary>
public sealed record AssessmentRuleQuote(string Code, int Revision, AssessmentRuleCategory Category);

/// <summary>The hall's model posts (党员团员示范岗, seed 000): 党员示范岗 (party member) or 团员示范岗 (Youth League member).</summary>
public enum ModelPostKind { PartyMember, LeagueMember }

/// <summary>The hall's management marked the person's window as a model post (设立示范岗).</summary>
public sealed record ModelPostDesignated(Guid AssessmentId, string StaffId, ModelPostKind Kind, string By, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"设为{ModelPosts.Name(Kind)}";
}

/// <summary>The model post was taken back (撤销示范岗).</summary>
public sealed record ModelPostWithdrawn(Guid AssessmentId, string StaffId, ModelPostKind Kind, string Reason, string By, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"撤销{ModelPosts.Name(Kind)}：{Reason}";
}

/// <summary>The written explanation (写说明) of a complaint deduction.</summary>
public sealed record ExplanationRecorded(Guid AssessmentId, Guid DeductionId, string Explanation) : IDescribedEvent
{
    public string Describe() => $"提交书面说明：{Explanation}";
}

/// <summary>The month's deductions reached the interview threshold (≥ 15 points): the person is interviewed (约谈).</summary>
public sealed record InterviewTriggered(Guid AssessmentId, string StaffId, int Year, int Month, int PointsDeducted) : IDescribedEvent
{
    public string Describe() => $"{Year}年{Month}月累计扣{PointsDeducted}分，予以约谈";
}

/// <summary>Three consecutive interview months: the person is returned to the home unit (退回原单位).</summary>
public sealed record ReturnedToHomeUnit(Guid AssessmentId, string StaffId, int Year, int Month) : IDescribedEvent
{
    public string Describe() => $"连续三个月被约谈，{Year}年{Month}月退回原单位";
}
