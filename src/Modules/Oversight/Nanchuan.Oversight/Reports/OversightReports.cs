using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportColumn;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportDimension;

namespace Nanchuan.Oversight.Reports;

/// <summary>
/// The read side as report tables (docs/reporting.md, ADR 0074): one row per deadline, per case and per thread entry, written
/// inline by <see cref="OversightReportProjection"/> from the files' events, and the figures by module, month and department
/// as views over them. A department reads its own rows; the business office and supervisors read everything.
/// </summary>
internal static class OversightReports
{
    private const string S = OversightModule.Schema;

    public static readonly ReportCatalog Catalog = new("oversight", S,
        new ReportAccess(OversightAccess.Readers, actor => OversightAccess.ReadsEverything(actor) ? null : actor.Department ?? ""));

    /// <summary>
    /// The cross-module search's columns (ADR 0103), indexed by trigram after the tables are declared; and the b-tree indexes that
    /// keep the lists, the thread, a case's page and a month's figures flat over ten years of rows (ADR 0170, bench S11): running
    /// deadlines are the few rows whose <c>met_at</c> and <c>closed_at</c> are both null, indexed alone in the lists' order and by
    /// enterprise for the thread's first page (ADR 0265).
    /// </summary>
    static OversightReports()
    {
        Catalog.SearchIndex(CaseRows, "enterprise_name");
        Catalog.SearchIndex(CaseRows, "credit_code");
        Catalog.SearchIndex(CaseRows, "reference");
        Catalog.SearchIndex(CaseNumbers, "number");
        Catalog.ReadIndexOfRowsWithNull(DeadlineRows, ["met_at", "closed_at"], "due_at", "case_id", "deadline", "started_at");
        Catalog.ReadIndexOfRowsWithNull(DeadlineRows, ["met_at", "closed_at"], "credit_code");
        Catalog.ReadIndex(CaseRows, "month");
        Catalog.ReadIndex(ThreadEntries, "credit_code", "at", "rank", "entry_id");
        Catalog.ReadIndex(ThreadEntries, "case_id");
        Catalog.ReadIndex(RatingRows, "month");
    }

    public static readonly ReportTable DeadlineRows = Catalog.Table("deadline_rows", "办理时限", "One row per deadline of any module's case, from its setting to its end (met or the case closed).", exported: true,
        KeyOf("case_id", "uuid", "案件编号", "The case's stream id in its module."), KeyOf("deadline", "text", "时限", "The deadline within the case, e.g. Handling."),
        KeyOf("started_at", "timestamptz", "起算时间", "When its clock started."), Of("module", "text", "模块", "The module, e.g. Grievances."),
        Of("case_type", "text", "案件类型", "The kind of case, e.g. grievance."), Of("credit_code", "text", "统一社会信用代码", "The enterprise, when the case has one."),
        DepartmentOf("department", "责任部门", "The department responsible for the step."), MonthOf("The month it falls due."),
        Of("limit_label", "text", "时限规定", "The limit as the spec words it, e.g. 2个工作日."), Of("due_at", "timestamptz", "到期时间", "When it falls due (after any move)."),
        Of("warning_at", "timestamptz", "预警时间", "When its warning fires; null when the limit is shorter than the lead."),
        Of("warned", "boolean", "已预警", "Its warning fired with the step open."), Of("overdue", "boolean", "已超期", "It passed with the step open."),
        Of("met_at", "timestamptz", "完成时间", "When its step was done."), Of("on_time", "boolean", "按时完成", "Done by the due time; null until done."),
        Of("closed_at", "timestamptz", "结案时间", "When the case closed with the deadline still running."));

    public static readonly ReportTable CaseRows = Catalog.Table("case_rows", "案件", "One row per case of any module, from its opening to its closing.", exported: true,
        KeyOf("case_id", "uuid", "案件编号", "The case's stream id in its module."), Of("module", "text", "模块", "The module."), Of("case_type", "text", "案件类型", "The kind of case."),
        Of("credit_code", "text", "统一社会信用代码", "The enterprise, when the case has one."),
        DepartmentOf("department", "受理部门", "The department that received it (that closed it, for a case whose opening was not published)."),
        MonthOf("The month it was opened (closed, for a case whose opening was not published)."), Of("title", "text", "事项", "What the case is about."),
        Of("opened_at", "timestamptz", "受理时间", "When it was opened."), Of("closed_at", "timestamptz", "办结时间", "When it ended."),
        Of("outcome", "text", "办结结果", "How it ended, e.g. 已办结."), Of("on_time", "boolean", "按时办结", "Every deadline met; null when it had none or is open."),
        Of("reference", "text", "编号", "The number people quote for the case besides its id (a project code, an agreement number); null when none."),
        Of("enterprise_name", "text", "企业名称", "The enterprise's name as its module recorded it."),
        Of("trips", "integer", "跑动次数", "The enterprise's trips to a counter for the case (最多跑一次), as of its opening or closing; null when the module counts none."));

    public static readonly ReportTable CaseNumbers = Catalog.Table("case_numbers", "案件编号", "One row per number a case was given after its opening (交办单编号, 证照编号): the search finds the case by it.", exported: false,
        KeyOf("case_id", "uuid", "案件编号", "The case."), KeyOf("number", "text", "编号", "The number as issued."),
        Of("label", "text", "编号类别", "What the number is, e.g. 交办单编号."), Of("at", "timestamptz", "编号时间", "When it was issued."));

    public static readonly ReportTable RatingRows = Catalog.Table("rating_rows", "企业评价", "One row per rating (好差评) an enterprise gave a service of any module.", exported: false,
        KeyOf("rating_id", "uuid", "评价编号", "The rating's id in its module."), Of("case_id", "uuid", "案件编号", "The case rated."), Of("module", "text", "模块", "The module."),
        Of("case_type", "text", "案件类型", "The kind of case."), Of("credit_code", "text", "统一社会信用代码", "The enterprise, when the case has one."),
        DepartmentOf("department", "被评价部门", "The department whose service was rated."), MonthOf("The month of the rating."),
        Of("rating", "text", "评价等级", "VerySatisfied, Satisfied, BasicallySatisfied, Dissatisfied or VeryDissatisfied (非常满意 … 非常不满意)."),
        Of("good", "boolean", "好评", "非常满意, 满意 or 基本满意."), Of("rated_at", "timestamptz", "评价时间", "When it was given."),
        Of("struck", "boolean", "不计入", "Struck from the figures (an appeal upheld); null or false otherwise."), Of("struck_reason", "text", "不计入原因", "Why it was struck."));

    public static readonly ReportTable CatalogueRows = Catalog.Table("catalogue_rows", "事项时限", "One row per service item of a module's catalogue (事项清单): its statutory and promised limits.", exported: true,
        KeyOf("item_id", "uuid", "事项编号", "The item's id in its module."), Of("module", "text", "模块", "The module, e.g. Licensing."),
        DepartmentOf("department", "实施部门", "The implementing department."), Of("code", "text", "事项编码", "The item's code."), Of("name", "text", "事项名称", "The item's name."),
        Of("statutory_working_days", "integer", "法定时限（工作日）", "The statutory limit."), Of("promised_working_days", "numeric(6,1)", "承诺时限（工作日）", "The promised limit; 0 for an immediate item."),
        Of("concerns_enterprises", "boolean", "涉企", "Concerns enterprises."), Of("listed_at", "timestamptz", "列入时间", "When it entered the catalogue."));

    public static readonly ReportTable ThreadEntries = Catalog.Table("thread_entries", "企业全景条目", "One row per oversight fact of any case: the enterprise thread (企业全景).", exported: false,
        KeyOf("entry_id", "uuid", "条目编号", "The id of the event that filed it."), Of("case_id", "uuid", "案件编号", "The case."), Of("module", "text", "模块", "The module."),
        Of("case_type", "text", "案件类型", "The kind of case."), Of("credit_code", "text", "统一社会信用代码", "The enterprise, when the case has one."),
        DepartmentOf("department", "部门", "The department the fact concerns."), MonthOf("The month it happened."), Of("at", "timestamptz", "时间", "When it happened in the module."),
        Of("rank", "integer", "同时排序", "The order of facts at one instant: opened 0, met 1 (one step ends), numbered 2, deadline set 3 (the next starts), warned 4, overdue 5, moved 6, 督办 7, rated 8, rating struck 9, closed 10."),
        Of("kind", "text", "类别", "opened, numbered, deadlineSet, deadlineWarned, deadlineOverdue, deadlineMoved, notice, deadlineMet, rated, ratingStruck or closed."),
        Of("deadline", "text", "时限", "The deadline it is about, if any."), Of("summary", "text", "摘要", "One Chinese sentence."));

    public static readonly ReportTable CaseFigures = Catalog.View("case_figures", "办结率与及时率",
        "Per module, month of opening and receiving department: cases opened, closed (of those), 办结率 = closed / opened; cases closed with deadlines, on time, 及时率 = on time / closed with deadlines.",
        $"""
        select module, month, department, (count(*) filter (where opened_at is not null))::int,
               (count(*) filter (where opened_at is not null and closed_at is not null))::int,
               round((count(*) filter (where opened_at is not null and closed_at is not null))::numeric / nullif(count(*) filter (where opened_at is not null), 0), 4),
               (count(*) filter (where closed_at is not null and on_time is not null))::int, (count(*) filter (where closed_at is not null and on_time))::int,
               round((count(*) filter (where closed_at is not null and on_time))::numeric / nullif(count(*) filter (where closed_at is not null and on_time is not null), 0), 4)
        from {S}.case_rows group by module, month, department
        """,
        KeyOf("module", "text", "模块", "The module."), KeyOf("month", "text", "月份", "The month of opening.", Month),
        KeyOf("department", "text", "受理部门", "The receiving department.", Department), Of("opened", "integer", "受理数", "Cases opened."),
        Of("closed", "integer", "办结数", "Of those, cases closed."), Of("closed_share", "numeric", "办结率", "closed / opened; null with none opened."),
        Of("closed_with_deadlines", "integer", "有时限办结数", "Closed cases that had deadlines."), Of("closed_on_time", "integer", "按时办结数", "Of those, closed with every deadline met."),
        Of("on_time_share", "numeric", "及时率", "closed_on_time / closed_with_deadlines; null with none."));

    public static readonly ReportTable SatisfactionFigures = Catalog.View("satisfaction_figures", "满意率",
        "Per module, month of the rating and department rated: ratings counted (struck ones left out), good ratings (非常满意, 满意, 基本满意), 满意率 = good / ratings.",
        $"""
        select module, month, department, count(*)::int, (count(*) filter (where good))::int, round((count(*) filter (where good))::numeric / count(*), 4)
        from {S}.rating_rows where rated_at is not null and not coalesce(struck, false) group by module, month, department
        """,
        KeyOf("module", "text", "模块", "The module."), KeyOf("month", "text", "月份", "The month of the ratings.", Month),
        KeyOf("department", "text", "被评价部门", "The department rated.", Department), Of("ratings", "integer", "评价数", "Ratings counted."),
        Of("good", "integer", "好评数", "Of those, 非常满意, 满意 or 基本满意."), Of("satisfaction_share", "numeric", "满意率", "good / ratings, 4 decimals."));

    public static readonly ReportTable TripFigures = Catalog.View("trip_figures", "最多跑一次",
        "Per module, month of opening and receiving department, over the cases whose module counts the enterprise's trips: cases counted, cases done with at most one trip, one-trip rate = at most one / counted.",
        $"""
        select module, month, department, count(*)::int, (count(*) filter (where trips <= 1))::int, round((count(*) filter (where trips <= 1))::numeric / count(*), 4)
        from {S}.case_rows where trips is not null and opened_at is not null group by module, month, department
        """,
        KeyOf("module", "text", "模块", "The module."), KeyOf("month", "text", "月份", "The month of opening.", Month),
        KeyOf("department", "text", "受理部门", "The receiving department.", Department), Of("cases", "integer", "计次案件数", "Cases whose trips are counted."),
        Of("within_one_trip", "integer", "最多跑一次件数", "Of those, at most one trip (0: entirely online)."), Of("one_trip_share", "numeric", "最多跑一次率", "within_one_trip / cases, 4 decimals."));

    public static readonly ReportTable CompressionFigures = Catalog.View("compression_figures", "时限压缩",
        "Per module and implementing department, over the catalogue's items: items, their average compression (1 − promised ÷ statutory; 1 for a statutory limit of 0), and the same over the items concerning enterprises.",
        $"""
        select module, department, count(*)::int, round(avg(compression), 4), (count(*) filter (where concerns_enterprises))::int,
               round(avg(compression) filter (where concerns_enterprises), 4)
        from (select *, case when statutory_working_days = 0 then 1 else round(1 - promised_working_days / statutory_working_days, 4) end as compression
              from {S}.catalogue_rows) items
        group by module, department
        """,
        KeyOf("module", "text", "模块", "The module."), KeyOf("department", "text", "实施部门", "The implementing department.", Department),
        Of("items", "integer", "事项数", "Items in the catalogue."), Of("average_compression", "numeric", "平均压缩比例", "Average of 1 − promised ÷ statutory, 4 decimals."),
        Of("enterprise_items", "integer", "涉企事项数", "Items concerning enterprises."),
        Of("average_enterprise_compression", "numeric", "涉企事项平均压缩比例", "The same over those; null with none."));

    public static readonly ReportTable DeadlineFigures = Catalog.View("deadline_figures", "时限与超期统计",
        "Per module, month the deadline falls due and responsible department: deadlines, met, met on time, gone overdue, and still overdue (open).",
        $"""
        select module, month, department, count(*)::int, (count(*) filter (where met_at is not null))::int, (count(*) filter (where on_time))::int,
               (count(*) filter (where overdue or on_time = false))::int, (count(*) filter (where overdue and met_at is null and closed_at is null))::int
        from {S}.deadline_rows group by module, month, department
        """,
        KeyOf("module", "text", "模块", "The module."), KeyOf("month", "text", "月份", "The month the deadlines fall due.", Month),
        KeyOf("department", "text", "责任部门", "The responsible department.", Department), Of("deadlines", "integer", "时限数", "Deadlines set."),
        Of("met", "integer", "已完成", "Deadlines whose step was done."), Of("met_on_time", "integer", "按时完成", "Of those, on time."),
        Of("overdue", "integer", "超期数", "Deadlines that went overdue or were met late."), Of("still_overdue", "integer", "仍超期", "Overdue and still open."));
}
