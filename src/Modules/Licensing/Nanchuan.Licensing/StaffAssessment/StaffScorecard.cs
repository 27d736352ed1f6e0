namespace Nanchuan.Licensing.StaffAssessment;

/// <summary>考核记分卡: the 月度数字化管理考核 of one window staff member: every month starts at 100 points.</summary>
public sealed class StaffScorecard
{
    public const int MonthlyPoints = 100;

    public Guid Id { get; set; }
    public string StaffId { get; set; } = "";
    public List<MonthAssessment> Months { get; set; } = [];
    public List<Deduction> Deductions { get; set; } = [];
    /// <summary>The model post (示范岗) the person holds now, if any.</summary>
    public ModelPostKind? ModelPost { get; set; }

    public MonthAssessment? Month(int year, int month) => Months.FirstOrDefault(m => m.Year == year && m.Month == month);

    public void Apply(DeductionRecorded e)
    {
        Id = e.AssessmentId;
        StaffId = e.StaffId;
        var month = Month(e.Year, e.Month);
        if (month is null) Months.Add(month = new MonthAssessment { Year = e.Year, Month = e.Month });
        month.PointsDeducted += e.Points;
        Deductions.Add(new Deduction(e.DeductionId, e.Year, e.Month, e.Requirement, e.Complaint, e.Points, e.ExplanationRequired, null, e.Rule, e.ModelPost));
    }

    public void Apply(ModelPostDesignated e)
    {
        Id = e.AssessmentId;
        StaffId = e.StaffId;
        ModelPost = e.Kind;
    }

    public void Apply(ModelPostWithdrawn e) => ModelPost = null;

    public void Apply(ExplanationRecorded e)
    {
        var index = Deductions.FindIndex(d => d.Id == e.DeductionId);
        Deductions[index] = Deductions[index] with { Explanation = e.Explanation };
    }

    public void Apply(InterviewTriggered e) => Month(e.Year, e.Month)!.Interview = true;

    public void Apply(ReturnedToHomeUnit e) => Month(e.Year, e.Month)!.ReturnedToHomeUnit = true;
}

public sealed class MonthAssessment
{
    public int Year { get; set; }
    public int Month { get; set; }
    public int PointsDeducted { get; set; }
    public int Score => StaffScorecard.MonthlyPoints - PointsDeducted;
    public bool Interview { get; set; }
    public bool ReturnedToHomeUnit { get; set; }
}

/// <summary>One deduction: the rule it quoted (code, revision, list) or the complaint, and the model post held then (示范岗被投诉 when both a post and a complaint).</summary>
public sealed record Deduction(
    Guid Id, int Year, int Month, string? Requirement, string? Complaint, int Points, bool ExplanationRequired, string? Explanation,
    AssessmentRuleQuote? Rule = null, ModelPostKind? ModelPost = null);
