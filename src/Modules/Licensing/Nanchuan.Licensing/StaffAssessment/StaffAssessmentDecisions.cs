namespace Nanchuan.Licensing.StaffAssessment;

/// <summary>Pure decisions of the monthly staff assessment (月度数字化管理考核).</summary>
internal static class StaffAssessmentDecisions
{
    public const int InterviewThreshold = 15;
    public const int ConsecutiveMonthsForReturn = 3;

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static Guid AssessmentIdFor(string staffId) => DerivedIds.FromName($"nanchuan:staff-assessment:{staffId.Trim()}");

    /// <summary>
    /// Records a deduction in the Asia/Shanghai month of <paramref name="now"/>; the deduction that brings the month to ≥ 15 points
    /// triggers the interview (约谈), and an interview month preceded by two consecutive interview months returns the person (退回原单位).
    /// </summary>
    public static IReadOnlyList<object> Deduct(
        StaffScorecard? assessment, string staffId, RecordDeduction command, IReadOnlyDictionary<string, int> requirements, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(staffId)) errors["staffId"] = ["请填写工作人员编号 / the staff id is required."];
        var requirement = command.Requirement?.Trim();
        var complaint = command.Complaint?.Trim();
        int points = 0;
        if (string.IsNullOrEmpty(requirement) == string.IsNullOrEmpty(complaint))
            errors["requirement"] = ["请填写违反的“十要十不”事项或有效投诉之一 / give either the breached requirement or the substantiated complaint."];
        else if (!string.IsNullOrEmpty(requirement))
        {
            if (!requirements.TryGetValue(requirement, out points))
                errors["requirement"] = [$"“{requirement}”不在考核事项清单中 / '{requirement}' is not on the requirement list."];
            else if (command.Points is not null)
                errors["points"] = ["考核事项按清单分值扣分 / a requirement deducts the points of the list."];
        }
        else if (command.Points is not int complaintPoints || complaintPoints is < 1 or > StaffScorecard.MonthlyPoints)
            errors["points"] = ["有效投诉扣分应为1至100分 / a complaint deducts 1–100 points."];
        else
            points = complaintPoints;
        if (errors.Count > 0) throw new DomainValidationException(errors);

        var local = TimeZoneInfo.ConvertTime(now, Shanghai);
        var id = AssessmentIdFor(staffId);
        var events = new List<object>
        {
            new DeductionRecorded(id, staffId.Trim(), Guid.NewGuid(), local.Year, local.Month, string.IsNullOrEmpty(requirement) ? null : requirement,
                string.IsNullOrEmpty(complaint) ? null : complaint, points),
        };
        var month = assessment?.Month(local.Year, local.Month);
        var before = month?.PointsDeducted ?? 0;
        if (before < InterviewThreshold && before + points >= InterviewThreshold)
        {
            events.Add(new InterviewTriggered(id, staffId.Trim(), local.Year, local.Month, before + points));
            if (PrecedingInterviewMonths(assessment, local.Year, local.Month) >= ConsecutiveMonthsForReturn - 1)
                events.Add(new ReturnedToHomeUnit(id, staffId.Trim(), local.Year, local.Month));
        }
        return events;
    }

    public static ExplanationRecorded Explain(StaffScorecard assessment, RecordExplanation command)
    {
        var deduction = assessment.Deductions.FirstOrDefault(d => d.Id == command.DeductionId)
            ?? throw new NotFoundException($"扣分记录{command.DeductionId}不存在 / deduction {command.DeductionId} not found.");
        if (!deduction.ExplanationRequired) throw new InvalidStateTransitionException("考核事项扣分无需说明", "提交书面说明");
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
