using Nanchuan.BuildingBlocks.Ratings;

namespace Nanchuan.Licensing.Ratings;

/// <summary>
/// 好差评: the enterprise rated a finished service of the hall (<paramref name="Service"/>, case <paramref name="CaseId"/>) once, at the window
/// (一次一评) or online (一事一评). <paramref name="Window"/> is the staff member whose window received the case (null when lodged online and
/// rated online). A 差评 (不满意 / 非常不满意) carries its <paramref name="FollowUp"/>: the revisit and rectification deadlines.
/// </summary>
public sealed record ServiceRated(
    Guid RatingId, RatedServiceKind Service, Guid CaseId, string Title, string CreditCode, string EnterpriseName, string Department, string ServicePoint,
    RatedWindow? Window, ServiceRating Rating, RatingChannel Channel, string? Comment, DateTimeOffset RatedAt, RatingFollowUp? FollowUp) : IDescribedEvent
{
    public string Describe() =>
        $"{EnterpriseName}{(Channel == RatingChannel.Window ? "在窗口" : "在网上")}评价“{Title}”：{Rating.ToChinese()}{(Comment is null ? "" : $"（{Comment}）")}";
}

/// <summary>The staff member whose window served the case (受理窗口).</summary>
public sealed record RatedWindow(string StaffId, string StaffName);

/// <summary>The deadlines of a 差评: revisit (回访核实) within <paramref name="RevisitWorkingDays"/>, rectify or explain (整改或解释说明) within
/// <paramref name="RectificationWorkingDays"/>, both counted in working days from the rating.</summary>
public sealed record RatingFollowUp(int RevisitWorkingDays, DateTimeOffset RevisitDueAt, int RectificationWorkingDays, DateTimeOffset RectificationDueAt);

/// <summary>The unit that served revisited the enterprise about its 差评 (回访核实).</summary>
public sealed record BadRatingRevisited(Guid RatingId, string Findings, string ByStaffId, string ByName, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{ByName}回访核实差评：{Findings}";
}

/// <summary>The unit that served rectified the cause of a 差评 or explained why nothing was wrong (整改或解释说明).</summary>
public sealed record BadRatingResolved(Guid RatingId, RatingResolution Resolution, string Account, string ByStaffId, string ByName, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{ByName}{(Resolution == RatingResolution.Rectified ? "整改" : "解释说明")}：{Account}";
}

/// <summary>A deadline of a 差评's follow-up is one working day away (scheduled warning).</summary>
public sealed record RatingDeadlineWarned(Guid RatingId, string Deadline, DateTimeOffset DueAt) : IDescribedEvent
{
    public string Describe() => $"差评{RatingDeadlines.Label(Deadline)}临近时限（{DueAt:yyyy-MM-dd HH:mm}）";
}

/// <summary>A deadline of a 差评's follow-up passed with the step not done.</summary>
public sealed record RatingDeadlineOverdue(Guid RatingId, string Deadline, DateTimeOffset DueAt) : IDescribedEvent
{
    public string Describe() => $"差评{RatingDeadlines.Label(Deadline)}超过时限（{DueAt:yyyy-MM-dd HH:mm}）";
}

/// <summary>The holiday schedule changed and a follow-up deadline moved.</summary>
public sealed record RatingDeadlineRecomputed(Guid RatingId, string Deadline, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason) : IDescribedEvent
{
    public string Describe() => $"差评{RatingDeadlines.Label(Deadline)}时限由{PreviousDueAt:yyyy-MM-dd HH:mm}调整为{DueAt:yyyy-MM-dd HH:mm}：{Reason}";
}

/// <summary>The unit that served appealed the rating as given by mistake (误评申诉) to the business office.</summary>
public sealed record RatingAppealed(Guid RatingId, string Reason, string ByStaffId, string ByName, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"{ByName}申诉：{Reason}";
}

/// <summary>The business office decided the appeal: upheld, the rating is left out of every figure (with the reason); dismissed, it stays.</summary>
public sealed record RatingAppealDecided(Guid RatingId, bool Upheld, string Reason, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => Upheld ? $"申诉成立，该评价不计入满意率：{Reason}" : $"申诉不成立：{Reason}";
}

/// <summary>The 差评 became a deduction (<paramref name="DeductionId"/>) in the monthly staff assessment of the window's staff member.</summary>
public sealed record RatingDeductionRecorded(Guid RatingId, string StaffId, Guid DeductionId, int Points, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"差评计入{StaffId}月度考核，扣{Points}分";
}
