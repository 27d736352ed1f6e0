using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportColumn;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportDimension;

namespace Nanchuan.Procurement.Reports;

/// <summary>
/// The module's report tables (docs/reporting.md): one row per project, written inline by <see cref="ProcurementReportProjection"/>,
/// and the spec's figures (projects by method, value band and department; the share of random-method awards) as views.
/// A supervising department reads its own rows; 区发展改革委, the business office and supervisors read everything.
/// </summary>
internal static class ProcurementReports
{
    private const string S = ProcurementModule.Schema;

    public static readonly ReportCatalog Catalog = new("procurement", S,
        new ReportAccess($"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.DepartmentHandler}",
            actor => ProcurementAccess.ReadsEverything(actor) ? null : actor.Department ?? ""));

    public static readonly ReportTable ProjectRows = Catalog.Table("project_rows", "限下工程项目", "One row per published works project.", exported: true,
        KeyOf("project_id", "uuid", "项目编号", "The project's stream id."), Of("quarter", "text", "季度", "The quarter of publication, e.g. 2025Q2."),
        MonthOf("The month of publication."), DepartmentOf("department", "监管部门", "The supervising department."),
        Of("owner_credit_code", "text", "业主统一社会信用代码", "The project owner."), Of("funding_source", "text", "资金来源", "fiscal, stateOwned, collective or villageOwnFunds."),
        Of("value", "numeric(14,2)", "项目金额（元）", "The project value in CNY."), Of("value_band", "text", "金额区间", "The value band (from50ThousandTo500Thousand, from500ThousandTo2Million, from2MillionTo4Million)."),
        Of("method", "text", "发包方式", "The method's code."), Of("status", "text", "状态", "registering, awaitingApproval, awarded, contracted, performing, completed, rejected, tenderFailed (流标), awaitingReaward (the winner refused to sign) or rectifying (completion acceptance failed)."),
        Of("registrations", "integer", "报名数", "Bidders registered (in the current round after a republication)."), Of("awarded", "boolean", "已定标", "The contractor is decided."),
        Of("award_by_draw", "boolean", "随机确定", "Awarded by the random-draw method."), Of("award_price", "numeric(14,2)", "中标价（元）", "The award price; null before the award."),
        Of("contract_amount", "numeric(14,2)", "合同金额（元）", "The contract amount (after its latest amendment); null before signing."), Of("completed", "boolean", "已竣工验收", "Completion accepted."));

    public static readonly ReportTable ProjectsByMethod = Catalog.View("projects_by_method", "按发包方式、金额区间和监管部门统计",
        "Per quarter, supervising department, method and value band: projects, their total value and how many are awarded.",
        $"""
        select quarter, department, method, value_band, count(*)::int, sum(value)::numeric(16,2), (count(*) filter (where awarded))::int
        from {S}.project_rows group by quarter, department, method, value_band
        """,
        KeyOf("quarter", "text", "季度", "The quarter of publication."), KeyOf("department", "text", "监管部门", "The supervising department.", Department),
        KeyOf("method", "text", "发包方式", "The method's code."), KeyOf("value_band", "text", "金额区间", "The value band."),
        Of("projects", "integer", "项目数", "Projects published."), Of("total_value", "numeric(16,2)", "项目总金额（元）", "Sum of their values."),
        Of("awarded", "integer", "已定标", "Projects awarded."));

    public static readonly ReportTable RandomAwardShare = Catalog.View("random_award_share", "随机方式定标占比",
        "Per quarter and supervising department: awarded projects, those awarded by the random-draw method and their share (percent, two decimals).",
        $"""
        select quarter, department, (count(*) filter (where awarded))::int, (count(*) filter (where award_by_draw))::int,
               case when count(*) filter (where awarded) = 0 then null
                    else round(100.0 * count(*) filter (where award_by_draw) / count(*) filter (where awarded), 2) end
        from {S}.project_rows group by quarter, department
        """,
        KeyOf("quarter", "text", "季度", "The quarter of publication."), KeyOf("department", "text", "监管部门", "The supervising department.", Department),
        Of("awarded", "integer", "已定标项目", "Projects awarded."), Of("awarded_by_draw", "integer", "随机抽选定标", "Awarded by random draw."),
        Of("random_share_percent", "numeric", "随机方式占比（%）", "awarded_by_draw / awarded × 100; null when none is awarded."));

    public static readonly ReportTable CheckRows = Catalog.Table("check_rows", "履约检查抽取", "One row per department and quarter drawn for performance checks.", exported: true,
        KeyOf("draw_id", "uuid", "抽取编号", "The draw's stream id."), Of("quarter", "text", "季度", "The quarter drawn for."),
        DepartmentOf("department", "监管部门", "The supervising department."), Of("projects", "integer", "项目数", "Its projects published in the quarter (the candidates)."),
        Of("minimum", "integer", "最低抽取数", "ceil(10 % × projects)."), Of("drawn", "integer", "抽取数", "Projects drawn."),
        Of("results_published", "integer", "已公开结果", "Results published so far."), Of("deficient", "integer", "存在问题", "Results found deficient."));

    public static readonly ReportTable IncidentRows = Catalog.Table("incident_rows", "不良行为记分", "One row per credit incident of a bidder.", exported: true,
        KeyOf("incident_id", "uuid", "记分编号", "The incident's id."), MonthOf("The month it was recorded."),
        DepartmentOf("department", "记录单位", "The department that recorded it, or Enforcement for a serious violation an inspection found."),
        Of("credit_code", "text", "统一社会信用代码", "The bidder."), Of("bidder_name", "text", "投标人", "The bidder."),
        Of("kind", "text", "不良行为类型", "falseMaterials, refusedToSign, abandonedOrIllegalSubcontracting, lateOrPoorPerformance or seriousViolation."),
        Of("points", "integer", "记分", "The points."), Of("occurred_on", "date", "发生日期", "Counted for 12 months from this day."),
        Of("recorded_on", "date", "记录日期", "The day it was recorded (Beijing)."));

    public static readonly ReportTable BarRows = Catalog.Table("bar_rows", "限制报名", "One row per registration bar of a bidder.", exported: true,
        KeyOf("credit_code", "text", "统一社会信用代码", "The bidder."), KeyOf("barred_from", "date", "限制起始日", "The day the counted points reached the bar."),
        Of("barred_until", "date", "恢复报名日", "The first day it may register again."), Of("counted_points", "integer", "累计记分", "Points counted on the first day."));

    public static readonly ReportTable CheckCoverage = Catalog.View("check_coverage", "履约检查覆盖率",
        "Per quarter and supervising department: projects published, projects drawn for checks, the coverage (percent, two decimals) and whether it reaches 10 %.",
        $"""
        select p.quarter, p.department, count(*)::int, coalesce(max(c.drawn), 0)::int,
               round(100.0 * coalesce(max(c.drawn), 0) / count(*), 2), coalesce(max(c.drawn), 0) * 10 >= count(*)
        from {S}.project_rows p left join {S}.check_rows c on c.quarter = p.quarter and c.department = p.department
        group by p.quarter, p.department
        """,
        KeyOf("quarter", "text", "季度", "The quarter."), KeyOf("department", "text", "监管部门", "The supervising department.", Department),
        Of("projects", "integer", "项目数", "Projects published in the quarter."), Of("checked", "integer", "抽查数", "Projects drawn for checks."),
        Of("coverage_percent", "numeric", "抽查比例（%）", "checked / projects × 100."), Of("meets_ten_percent", "boolean", "达到10%", "checked ≥ 10 % of projects."));

    public static readonly ReportTable IncidentsByKind = Catalog.View("incidents_by_kind", "不良行为记分统计",
        "Per month recorded and kind: incidents, points and bidders concerned.",
        $"select month, kind, count(*)::int, sum(points)::int, count(distinct credit_code)::int from {S}.incident_rows group by month, kind",
        KeyOf("month", "text", "月份", "The month recorded.", Month), KeyOf("kind", "text", "不良行为类型", "The kind."),
        Of("incidents", "integer", "记分次数", "Incidents."), Of("points", "integer", "记分合计", "Points."), Of("bidders", "integer", "涉及投标人", "Distinct bidders."));
}
