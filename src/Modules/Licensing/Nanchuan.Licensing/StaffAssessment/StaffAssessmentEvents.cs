namespace Nanchuan.Licensing.StaffAssessment;

/// <summary>
/// Points deducted from a window staff member in an Asia/Shanghai month (考核月). <paramref name="Requirement"/> names the breached
/// item of the hall's "十要十不" list; for a substantiated complaint (有效投诉) it is null, <paramref name="Complaint"/> holds it and
/// a written explanation (写说明) is required.
/// </summary>
public sealed record DeductionRecorded(
    Guid AssessmentId, string StaffId, Guid DeductionId, int Year, int Month, string? Requirement, string? Complaint, int Points) : IDescribedEvent
{
    public bool ExplanationRequired => Complaint is not null;

    public string Describe() => $"{Year}年{Month}月扣{Points}分：{Requirement ?? $"有效投诉（{Complaint}）"}";
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
