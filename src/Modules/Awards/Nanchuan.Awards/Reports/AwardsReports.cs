using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportColumn;

namespace Nanchuan.Awards.Reports;

/// <summary>
/// The module's report tables (docs/reporting.md): one row per entry with the furthest phase it reached, votes per case per
/// Beijing-time day, flagged bursts per source window, and the panel's scores raw and trimmed; written inline by
/// <see cref="AwardsReportProjection"/>. The BusinessOffice and supervisors read them. Voters and sources appear only as keyed hashes.
/// </summary>
internal static class AwardsReports
{
    private const string S = AwardsModule.Schema;

    public static readonly ReportCatalog Catalog = new("awards", S, new ReportAccess($"{Roles.BusinessOffice},{Roles.Supervisor}", _ => null));

    public static readonly ReportTable EntryRows = Catalog.Table("entry_rows", "参评案例", "One row per entry: its entrant, scores and the furthest phase it reached.", exported: true,
        KeyOf("entry_id", "uuid", "案例编号", "The entry's id."), Of("year", "integer", "评选年度", "The contest year."),
        Of("entrant_kind", "text", "申报主体类型", "townGovernment, subdistrictOffice, partyDepartment, stateOrgan, peoplesOrganisation, serviceUnit, individual or enterprise."),
        Of("entrant_name", "text", "申报主体", "The entrant."), Of("title", "text", "案例名称", "The case."),
        Of("reached", "text", "所处阶段", "submitted, shortlisted (the 20), finalist (the 15), listed (the 10) or awarded."),
        Of("preliminary_score", "numeric", "初选得分", "The BusinessOffice's score 0–100; null before the preliminary."),
        Of("votes", "integer", "得票数", "Votes when the vote closed (shortlisted entries); null before."),
        Of("combined_score", "numeric", "综合得分", "Vote and preliminary combined (default 50/50); null before the vote closed."),
        Of("panel_mean", "numeric", "决赛得分", "The panel's mean (trimmed with 5 or more judges); null before the list."));

    public static readonly ReportTable VotesPerDay = Catalog.Table("votes_per_day", "每日得票", "Votes per case per Beijing-time day.", exported: true,
        KeyOf("year", "integer", "评选年度", "The contest year."), KeyOf("entry_id", "uuid", "案例编号", "The entry voted for."),
        KeyOf("day", "text", "日期", "The Beijing-time day (yyyy-MM-dd)."), Of("votes", "integer", "票数", "Votes counted that day."),
        Of("flagged", "integer", "集中投票票数", "Of them, votes flagged as part of a burst from one source (voided ones not included)."),
        Of("voided", "integer", "作废票数", "Votes of that day voided by a burst's review: in the log, not counted."));

    public static readonly ReportTable FlaggedBursts = Catalog.Table("flagged_bursts", "集中投票待复核", "One row per source window with votes beyond the burst limit.", exported: true,
        KeyOf("year", "integer", "评选年度", "The contest year."), KeyOf("source_hash", "text", "来源（哈希）", "The network source as a keyed hash."),
        KeyOf("window_start", "timestamptz", "时间窗开始", "When the source's window began."), Of("flagged_votes", "integer", "待复核票数", "Votes beyond the limit in the window."),
        Of("first_flagged_at", "timestamptz", "首次标记", "The first flagged vote."), Of("last_flagged_at", "timestamptz", "最近标记", "The latest flagged vote."),
        Of("review", "text", "复核结果", "flagged (awaiting review), confirmed (votes counted) or voided (votes left out of the tally)."),
        Of("review_reason", "text", "复核理由", "The reason given with the review (required to void)."));

    public static readonly ReportTable PanelScores = Catalog.Table("panel_scores", "决赛评分（原始）", "Every judge's score of every finalist.", exported: true,
        KeyOf("year", "integer", "评选年度", "The contest year."), KeyOf("entry_id", "uuid", "案例编号", "The finalist."),
        KeyOf("judge_id", "text", "评委", "The judge's user id."), Of("score", "numeric", "评分", "0–100."));

    public static readonly ReportTable PanelResults = Catalog.Table("panel_results", "决赛评分（去最高最低）", "Per finalist when the list was selected: raw and counted scores.", exported: true,
        KeyOf("year", "integer", "评选年度", "The contest year."), KeyOf("entry_id", "uuid", "案例编号", "The finalist."),
        Of("scores", "integer", "评分数", "Scores received."), Of("raw_mean", "numeric", "原始平均分", "The mean of every score."),
        Of("counted", "integer", "计分数", "Scores counted (without the highest and lowest with 5 or more)."),
        Of("trimmed_mean", "numeric", "最终得分", "The mean of the counted scores: what ranks."), Of("listed", "boolean", "入选", "In the list of 10."));

    public static readonly ReportTable EntriesPerPhase = Catalog.View("entries_per_phase", "各阶段案例数",
        "Per year: entries submitted and those that reached each later phase.",
        $"""
        select year, count(*)::int, (count(*) filter (where reached in ('shortlisted', 'finalist', 'listed', 'awarded')))::int,
               (count(*) filter (where reached in ('finalist', 'listed', 'awarded')))::int, (count(*) filter (where reached in ('listed', 'awarded')))::int,
               (count(*) filter (where reached = 'awarded'))::int
        from {S}.entry_rows group by year
        """,
        KeyOf("year", "integer", "评选年度", "The contest year."), Of("submitted", "integer", "申报", "Entries submitted."),
        Of("shortlisted", "integer", "初选入围", "Shortlisted for the online vote."), Of("finalists", "integer", "进入决赛", "Finalists."),
        Of("listed", "integer", "拟入选", "In the list."), Of("awarded", "integer", "获表彰", "Honoured."));
}
