namespace Nanchuan.Awards.Domain;

/// <summary>The BusinessOffice opened the year's contest with the rules it runs under.</summary>
public sealed record ContestOpened(Guid ContestId, int Year, ContestRules Rules, DateTimeOffset OpenedAt) : IDescribedEvent
{
    public string Describe() => $"启动{Year}年度“最佳案例大家评”：初选{Rules.PreliminaryCount}个、票选{Rules.FinalistCount}个进入决赛、入选{Rules.ListCount}个";
}

/// <summary>An entrant submitted a case, with references to its photos and videos and the KPI figures it cites.</summary>
public sealed record EntrySubmitted(
    Guid ContestId, int Year, Guid EntryId, EntrantKind EntrantKind, string EntrantName, string Unit, string Title, string Summary, IReadOnlyList<MediaReference> Media,
    IReadOnlyList<KpiCitation> Citations, DateTimeOffset SubmittedAt) : IDescribedEvent
{
    public string Describe() => $"{EntrantName}申报案例“{Title}”（附图片视频{Media.Count}项、引用指标{Citations.Count}项）";
}

public sealed record SubmissionsClosed(Guid ContestId, int Entries, DateTimeOffset ClosedAt) : IDescribedEvent
{
    public string Describe() => $"申报截止，共{Entries}个案例进入初选";
}

/// <summary>The BusinessOffice assessed every entry and the cut-off selected the shortlist for the online vote.</summary>
/// <param name="Draw">The auditable draw that settled a tie at the cut-off, when there was one.</param>
public sealed record PreliminaryCompleted(
    Guid ContestId, IReadOnlyList<Assessment> Assessments, IReadOnlyList<Guid> Selected, TieDraw? Draw, DateTimeOffset CompletedAt) : IDescribedEvent
{
    public string Describe() => $"初选完成：{Assessments.Count}个案例中{Assessments.Count(a => a.MeetsCriteria)}个符合条件，{Selected.Count}个进入网络票选" +
                                (Draw is null ? "" : "（并列以公开抽签决定）");
}

/// <summary>The online vote closed and the finalists were selected on the combined score.</summary>
/// <param name="VoteLogHash">The vote log's last hash when the vote closed: the tally the selection used is the log up to it.</param>
public sealed record FinalistsSelected(
    Guid ContestId, IReadOnlyList<VoteStanding> Standings, int Votes, string VoteLogHash, IReadOnlyList<Guid> Selected, TieDraw? Draw, DateTimeOffset SelectedAt)
    : IDescribedEvent
{
    public string Describe() => $"网络票选结束，共{Votes}票；按投票与初选综合得分{Selected.Count}个案例进入决赛" + (Draw is null ? "" : "（并列以公开抽签决定）");
}

public sealed record PanelAppointed(Guid ContestId, IReadOnlyList<Judge> Judges, DateTimeOffset AppointedAt) : IDescribedEvent
{
    public string Describe() => $"组建决赛评审团：{string.Join("、", Judges.Select(j => $"{j.Name}（{j.Capacity}）"))}";
}

/// <summary>A judge scored a finalist on site.</summary>
public sealed record PanelScoreRecorded(Guid ContestId, int Year, string JudgeId, Guid EntryId, decimal Score, DateTimeOffset RecordedAt) : IDescribedEvent
{
    public string Describe() => $"评委{JudgeId}为案例{EntryId}评分{Score}";
}

/// <summary>Every judge had scored; the panel's ranking selected the list that goes for approval.</summary>
public sealed record ListSelected(Guid ContestId, int Year, IReadOnlyList<PanelStanding> Standings, IReadOnlyList<Guid> Selected, TieDraw? Draw, DateTimeOffset SelectedAt)
    : IDescribedEvent
{
    public string Describe() => $"决赛评分汇总，{Selected.Count}个案例拟入选，报请审定" + (Draw is null ? "" : "（并列以公开抽签决定）");
}

/// <summary>One of the two bodies approved the list.</summary>
/// <param name="Reference">The meeting's record, e.g. "区政府第12次常务会议".</param>
public sealed record ListApproved(Guid ContestId, ApprovingBody Body, string Reference, DateTimeOffset ApprovedAt) : IDescribedEvent
{
    public string Describe() => $"{Body.ToChinese()}审定通过入选名单（{Reference}）";
}

/// <summary>The listed cases were honoured at the district business-environment conference.</summary>
public sealed record AwardsConferred(Guid ContestId, int Year, IReadOnlyList<Guid> Awarded, string Occasion, DateTimeOffset AwardedAt) : IDescribedEvent
{
    public string Describe() => $"在{Occasion}上表彰{Awarded.Count}个入选案例";
}

/// <summary>
/// Both bodies approved: the award is due by the end of the first quarter of the next year (Beijing time), watched from here on
/// (ADR 0072). <paramref name="Start"/> is 1 January of that year; <paramref name="CalendarDays"/> counts to 31 March (the platform's calendar-day limit).
/// </summary>
public sealed record AwardDeadlineSet(Guid ContestId, int Year, int CalendarDays, DateTimeOffset Start, DateTimeOffset DueAt, DateTimeOffset SetAt) : IDescribedEvent
{
    public string Describe() => $"入选案例须于{Year + 1}年第一季度表彰（{Beijing.Format(DueAt)}前）";
}

/// <summary>The award's deadline is near and the cases have not been honoured yet.</summary>
public sealed record AwardDeadlineWarned(Guid ContestId, DateTimeOffset DueAt, DateTimeOffset WarnedAt) : IDescribedEvent
{
    public string Describe() => $"表彰期限将至（{Beijing.Format(DueAt)}），尚未表彰";
}

/// <summary>The first quarter ended without the award.</summary>
public sealed record AwardOverdue(Guid ContestId, DateTimeOffset DueAt, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"表彰已逾期（期限{Beijing.Format(DueAt)}）";
}

/// <summary>The award's due time moved with a change of the holiday calendar.</summary>
public sealed record AwardDeadlineRecomputed(Guid ContestId, DateTimeOffset PreviousDueAt, DateTimeOffset DueAt, string Reason, DateTimeOffset At) : IDescribedEvent
{
    public string Describe() => $"表彰期限因{Reason}调整为{Beijing.Format(DueAt)}";
}
