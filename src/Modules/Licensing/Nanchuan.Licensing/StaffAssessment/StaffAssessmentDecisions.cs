using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Licensing.StaffAssessment.Rulebook;

namespace Nanchuan.Licensing.StaffAssessment;

/// <summary>Pure decisions of the monthly staff assessment (月度数字化管理考核).</summary>
internal static class StaffAssessmentDecisions
{
    public const int InterviewThreshold = 15;
    public const int ConsecutiveMonthsForReturn = 3;

    public static Guid AssessmentIdFor(string staffId) => DerivedIds.FromName($"nanchuan:staff-assessment:{staffId.Trim()}");

    /// <summary>
    /// Records a deduction in the Asia/Shanghai month of <paramref name="now"/>, quoting the rule of the rulebook in force at that moment
    /// (its points apply) or a substantiated complaint; the deduction that brings the month to ≥ 15 points triggers the interview (约谈),
    /// and an interview month preceded by two consecutive interview months returns the person (退回原单位).
    /// </summary>
    public static IReadOnlyList<object> Deduct(
        StaffScorecard? assessment, string staffId, RecordDeduction command, AssessmentRulebook? rulebook, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.If(string.IsNullOrWhiteSpace(staffId), "staffId", "请填写工作人员编号 / the staff id is required.");
        var code = command.Rule?.Trim();
        var complaint = command.Complaint?.Trim();
        int points = 0;
        AssessmentRuleRevision? rule = null;
        if (string.IsNullOrEmpty(code) == string.IsNullOrEmpty(complaint))
            errors.Add("rule", "请填写违反的考核细则编号或有效投诉之一 / give either the code of the breached rule or the substantiated complaint.");
        else if (!string.IsNullOrEmpty(code))
        {
            rule = rulebook?.InForce(code, now);
            if (rule is null)
                errors.Add("rule", rulebook?.Latest(code) is null
                    ? $"考核细则中没有编号{code} / no rule {code} in the assessment's rules."
                    : $"考核细则{code}此时不在有效期内 / rule {code} is not in force now.");
            else if (command.Points is not null)
                errors.Add("points", "考核细则按细则分值扣分 / a rule deducts the points the rulebook gives it.");
            else
                points = rule.Points;
        }
        else if (command.Points is not int complaintPoints || complaintPoints is < 1 or > StaffScorecard.MonthlyPoints)
            errors.Add("points", "有效投诉扣分应为1至100分 / a complaint deducts 1–100 points.");
        else
            points = complaintPoints;
        errors.ThrowIfAny();

        var today = BeijingTime.DayOf(now);
        var id = AssessmentIdFor(staffId);
        var events = new List<object>
        {
            new DeductionRecorded(id, staffId.Trim(), Guid.NewGuid(), today.Year, today.Month, rule?.Title, string.IsNullOrEmpty(complaint) ? null : complaint, points,
                rule is null ? null : new AssessmentRuleQuote(rule.Code, rule.Revision, rule.Category), assessment?.ModelPost),
        };
        var month = assessment?.Month(today.Year, today.Month);
        var before = month?.PointsDeducted ?? 0;
        if (before < InterviewThreshold && before + points >= InterviewThreshold)
        {
            events.Add(new InterviewTriggered(id, staffId.Trim(), today.Year, today.Month, before + points));
            if (PrecedingInterviewMonths(assessment, today.Year, today.Month) >= ConsecutiveMonthsForReturn - 1)
                events.Add(new ReturnedToHomeUnit(id, staffId.Trim(), today.Year, today.Month));
        }
        return events;
    }

    public static ExplanationRecorded Explain(StaffScorecard assessment, RecordExplanation command)
    {
        var deduction = assessment.Deductions.FirstOrDefault(d => d.Id == command.DeductionId)
            ?? throw new NotFoundException($"扣分记录{command.DeductionId}不存在 / deduction {command.DeductionId} not found.");
        if (!deduction.ExplanationRequired) throw new InvalidStateTransitionException("考核细则扣分无需说明", "提交书面说明");
        if (deduction.Explanation is not null) throw new InvalidStateTransitionException("已提交书面说明", "提交书面说明");
        if (string.IsNullOrWhiteSpace(command.Explanation))
            throw new DomainValidationException("explanation", "请填写书面说明 / the explanation is required.");
        return new ExplanationRecorded(assessment.Id, deduction.Id, command.Explanation.Trim());
    }

    /// <summary>How many months directly before the given one had an interview, without a gap.</summary>
    private static int PrecedingInterviewMonths(StaffScorecard? assessment, int year, int month)
    {
        var count = 0;
        var cursor = new DateOnly(year, month, 1).AddMonths(-1);
        while (assessment?.Month(cursor.Year, cursor.Month)?.Interview == true)
        {
            count++;
            cursor = cursor.AddMonths(-1);
        }
        return count;
    }
}
