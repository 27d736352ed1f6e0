using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportColumn;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportDimension;

namespace Nanchuan.Enforcement.Reports;

/// <summary>
/// The module's report tables (docs/reporting.md): one row per inspection and per unauthorised-inspection case, written inline
/// by <see cref="EnforcementReportProjection"/>, and the spec's figures by quarter and department as views over them.
/// A department reads its own rows; the Justice Bureau, the business office and supervisors read everything.
/// </summary>
internal static class EnforcementReports
{
    private const string S = EnforcementModule.Schema;

    public static readonly ReportCatalog Catalog = new("enforcement", S,
        new ReportAccess($"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.DepartmentHandler}",
            actor => EnforcementAccess.ReadsEverything(actor) ? null : actor.Department ?? ""));

    public static readonly ReportTable InspectionRows = Catalog.Table("inspection_rows", "执法检查", "One row per inspection, comprehensive or exception.", exported: true,
        KeyOf("inspection_id", "uuid", "检查编号", "The inspection's stream id."), Of("quarter", "text", "季度", "The quarter of the visit, e.g. 2025Q2."),
        MonthOf("The month of the visit."), Of("credit_code", "text", "统一社会信用代码", "The enterprise inspected."), Of("enterprise_name", "text", "企业名称", "The enterprise."),
        Of("kind", "text", "检查类型", "comprehensive or exception."), Of("exception_type", "text", "例外类型", "The exception type's code; null for a comprehensive inspection."),
        DepartmentOf("department", "登记部门", "The department that recorded it (the one department of an exception inspection)."),
        Of("departments", "integer", "参检部门数", "Departments the visit covered."), Of("items", "integer", "检查项数", "Checklist items found on (0 until the findings are recorded)."),
        Of("published", "boolean", "已公开", "Findings recorded and published (一公开)."), Of("compliant", "integer", "合规项", "Items found compliant."),
        Of("rectifications", "integer", "责令整改项", "Items that require rectification."), Of("violations", "integer", "违法移送项", "Items found in violation and referred."),
        Of("rectifications_completed", "integer", "已整改项", "Rectifications confirmed."), Of("rectifications_overdue", "integer", "逾期整改项", "Rectifications that went overdue."));

    public static readonly ReportTable UnauthorisedRows = Catalog.Table("unauthorised_rows", "擅自检查线索", "One row per suspected unauthorised inspection.", exported: true,
        KeyOf("case_id", "uuid", "线索编号", "The case's stream id."), Of("quarter", "text", "季度", "The quarter of the visit."), MonthOf("The month of the visit."),
        DepartmentOf("department", "检查部门", "The department that inspected."), Of("credit_code", "text", "统一社会信用代码", "The enterprise inspected."),
        Of("source", "text", "来源", "recordAttempt (a department recorded it without plan or exception), visitRegistered (a visit registered on entering) or enterpriseReport."),
        Of("status", "text", "状态", "awaitingVerification, notConfirmed, confirmed or referred."), Of("confirmed", "boolean", "属实", "The verification's outcome; null before it."),
        Of("referred_to", "text", "移交部门", "The competent authority it was referred to."));

    public static readonly ReportTable InspectionsPerEnterprise = Catalog.View("inspections_per_enterprise", "企业季度受检次数",
        "Per quarter and enterprise: comprehensive and exception inspections; the target is at most one comprehensive inspection.",
        $"""
        select quarter, credit_code, max(enterprise_name), (count(*) filter (where kind = 'comprehensive'))::int, (count(*) filter (where kind = 'exception'))::int,
               count(*) filter (where kind = 'comprehensive') <= 1
        from {S}.inspection_rows group by quarter, credit_code
        """,
        KeyOf("quarter", "text", "季度", "The quarter."), KeyOf("credit_code", "text", "统一社会信用代码", "The enterprise."), Of("enterprise_name", "text", "企业名称", "The enterprise."),
        Of("comprehensive", "integer", "综合检查次数", "Comprehensive inspections (target ≤ 1)."), Of("exceptions", "integer", "例外检查次数", "Exception inspections, reported apart."),
        Of("within_target", "boolean", "达标", "At most one comprehensive inspection."));

    public static readonly ReportTable VisitsSaved = Catalog.View("visits_saved", "减少入企次数",
        "Per quarter: comprehensive inspections, the departmental visits they stood for (departments × visit) and the visits saved against separate departmental inspections.",
        $"""
        select quarter, count(*)::int, coalesce(sum(departments), 0)::int, coalesce(sum(items), 0)::int, coalesce(sum(departments - 1), 0)::int
        from {S}.inspection_rows where kind = 'comprehensive' group by quarter
        """,
        KeyOf("quarter", "text", "季度", "The quarter."), Of("comprehensive_inspections", "integer", "综合检查次数", "Joint visits made."),
        Of("department_checks", "integer", "部门检查次数", "Departments the visits covered: the separate inspections they replace."),
        Of("items_checked", "integer", "检查项数", "Checklist items found on in those visits."),
        Of("visits_saved", "integer", "减少入企次数", "department_checks − comprehensive_inspections."));

    public static readonly ReportTable ExceptionsByType = Catalog.View("exceptions_by_type", "例外检查分类统计",
        "Per quarter, department and exception type: exception inspections.",
        $"select quarter, department, exception_type, count(*)::int from {S}.inspection_rows where kind = 'exception' group by quarter, department, exception_type",
        KeyOf("quarter", "text", "季度", "The quarter."), KeyOf("department", "text", "检查部门", "The department.", Department),
        KeyOf("exception_type", "text", "例外类型", "The exception type's code."), Of("inspections", "integer", "检查次数", "Exception inspections."));

    public static readonly ReportTable PublishedResults = Catalog.View("published_results", "结果公开统计",
        "Per quarter and kind: inspections whose results are published, and their items by outcome.",
        $"""
        select quarter, kind, count(*)::int, sum(compliant)::int, sum(rectifications)::int, sum(violations)::int
        from {S}.inspection_rows where published group by quarter, kind
        """,
        KeyOf("quarter", "text", "季度", "The quarter."), KeyOf("kind", "text", "检查类型", "comprehensive or exception."),
        Of("published", "integer", "公开条数", "Results published."), Of("compliant", "integer", "合规项", "Items compliant."),
        Of("rectifications", "integer", "责令整改项", "Items to rectify."), Of("violations", "integer", "违法移送项", "Items referred."));

    public static readonly ReportTable UnauthorisedOutcomes = Catalog.View("unauthorised_outcomes", "擅自检查线索处理情况",
        "Per quarter and inspecting department: suspected unauthorised inspections by source and their outcomes.",
        $"""
        select quarter, department, (count(*) filter (where source = 'recordAttempt'))::int, (count(*) filter (where source = 'visitRegistered'))::int,
               (count(*) filter (where source = 'enterpriseReport'))::int,
               (count(*) filter (where status = 'awaitingVerification'))::int, (count(*) filter (where status = 'notConfirmed'))::int,
               (count(*) filter (where confirmed))::int, (count(*) filter (where status = 'referred'))::int
        from {S}.unauthorised_rows group by quarter, department
        """,
        KeyOf("quarter", "text", "季度", "The quarter."), KeyOf("department", "text", "检查部门", "The department that inspected.", Department),
        Of("record_attempts", "integer", "登记拦截", "Recorded without plan or exception."),
        Of("visits_detected", "integer", "入企登记发现", "Visits registered on entering (扫码入企) with neither plan entry nor exception."), Of("enterprise_reports", "integer", "企业反映", "Reported by enterprises."),
        Of("awaiting_verification", "integer", "待核实", "Not yet verified."), Of("not_confirmed", "integer", "核实未违规", "Verified: no breach."),
        Of("confirmed", "integer", "核实属实", "Verified: unauthorised."), Of("referred", "integer", "已移交", "Referred to the competent authority."));
}
