using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportColumn;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportDimension;

namespace Nanchuan.Judiciary.Reports;

/// <summary>
/// The module's report tables (docs/reporting.md): one row per case, per assigned mediation and per preservation, written
/// inline by <see cref="JudiciaryReportProjection"/>, and the spec's figures by month and unit as views over them. A unit reads
/// its own mediations; the court, the centre, the business office and supervisors read everything.
/// </summary>
internal static class JudiciaryReports
{
    private const string S = JudiciaryModule.Schema;

    /// <summary>A share as a fraction with four decimals; null when there is nothing to divide by.</summary>
    private static string Share(string part, string whole) => $"round(({part})::numeric / nullif({whole}, 0), 4)";

    public static readonly ReportCatalog Catalog = new("judiciary", S,
        new ReportAccess($"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.DepartmentHandler}",
            actor => JudiciaryAccess.ReadsEverything(actor) ? null : actor.Department ?? ""));

    public static readonly ReportTable CaseRows = Catalog.Table("case_rows", "涉企纠纷案件", "One row per dispute case.", exported: true,
        KeyOf("case_id", "uuid", "案件编号", "The case's stream id."), MonthOf("The month the case was filed."),
        Of("credit_code", "text", "统一社会信用代码", "The enterprise."), Of("enterprise_name", "text", "企业名称", "The enterprise."),
        Of("filed_stage", "text", "登记阶段", "The stage when filed: preLitigation, litigation or enforcement."),
        Of("stage", "text", "阶段", "The stage now (a case moves to enforcement after judgment)."),
        Of("visits", "integer", "到院次数", "The enterprise's trips to the court to file."), Of("within_one_visit", "boolean", "最多跑一次", "Filed with at most one trip."),
        Of("status", "text", "调处状态", "filed, awaitingAssignment, mediating, resolved or unresolved."),
        DepartmentOf("unit", "责任单位", "The unit mediating it, or the last that did; null before the first assignment."),
        Of("filed_at", "timestamptz", "登记时间", "When the court filed it."), Of("result_month", "text", "结果月份", "The month the mediation's result was reported."),
        Of("resolved", "boolean", "调处成功", "The result: resolved or not; null before it."),
        Of("days_to_resolution", "numeric", "化解用时（日）", "Calendar days from filing to a resolved result, two decimals."),
        Of("hand_backs", "integer", "退回次数", "Times a unit handed it back to the centre."), Of("consultations", "integer", "法治体检会商次数", "Joint consultations held."),
        Of("pre_litigation_month", "text", "诉前调解结果月份", "The month the pre-litigation mediation's result was reported; null without one."),
        Of("pre_litigation_resolved", "boolean", "诉前调解成功", "The pre-litigation mediation's result; null without one (a later mediation in litigation does not change it)."),
        Of("litigated_at", "timestamptz", "转立案时间", "When the court filed the lawsuit after the pre-litigation mediation failed (诉前调解不成转立案)."));

    public static readonly ReportTable MediationRows = Catalog.Table("mediation_rows", "限时调处", "One row per case and unit it was assigned to.", exported: true,
        KeyOf("case_id", "uuid", "案件编号", "The case."), KeyOf("unit", "text", "责任单位", "The unit it was assigned to.", Department),
        MonthOf("The month of the assignment."), Of("working_days", "integer", "调处时限（工作日）", "The limit."),
        Of("assigned_at", "timestamptz", "交办时间", "When the centre assigned it."), Of("due_at", "timestamptz", "期限", "When the result falls due (after pauses and recomputations)."),
        Of("overdue", "boolean", "逾期", "Declared overdue."), Of("outcome", "text", "结果", "resolved, unresolved, handedBack; null while mediating."),
        Of("on_time", "boolean", "按期", "The result was reported within the limit; null without a result."),
        Of("result_month", "text", "结果月份", "The month of the result or hand-back."));

    public static readonly ReportTable PreservationRows = Catalog.Table("preservation_rows", "诉讼保全", "One row per preservation application.", exported: true,
        KeyOf("preservation_id", "uuid", "保全编号", "The application."), Of("case_id", "uuid", "案件编号", "The case."), MonthOf("The month it was recorded."),
        Of("amount", "numeric", "保全金额（元）", "The amount to preserve, CNY."), Of("security", "text", "担保方式", "cashDeposit or guaranteePolicy (保全+保险)."),
        Of("insurer", "text", "保险公司", "The insurer of a guarantee policy."), Of("policy_number", "text", "保单号", "The guarantee policy's number."));

    public static readonly ReportTable BufferRows = Catalog.Table("buffer_rows", "执行和解缓冲期", "One row per settlement buffer granted.", exported: true,
        KeyOf("buffer_id", "uuid", "缓冲期编号", "The buffer."), Of("case_id", "uuid", "案件编号", "The case."), MonthOf("The month it was granted."),
        Of("days", "integer", "缓冲天数", "Calendar days granted."), Of("granted_at", "timestamptz", "给予时间", "When the court granted it."),
        Of("ends_at", "timestamptz", "届满时间", "Its exclusive end: 24:00 of the last day."),
        Of("settlement_failed_at", "timestamptz", "和解失败时间", "When the settlement failed and the buffer ended early; null otherwise."),
        Of("ran_course_at", "timestamptz", "期满记录时间", "When its timer recorded that it ran its course; null while in force or after a failed settlement."));

    public static readonly ReportTable BufferOutcomes = Catalog.View("buffer_outcomes", "缓冲期及其结果",
        "Per month of grant: buffers granted, average length, and how they ended: settlement failed (ended early), ran their course, or still in force (as recorded by the platform's clock).",
        $"""
        select month, count(*)::int, round(avg(days), 1), (count(*) filter (where settlement_failed_at is not null))::int,
               (count(*) filter (where ran_course_at is not null))::int, (count(*) filter (where settlement_failed_at is null and ran_course_at is null))::int
        from {S}.buffer_rows group by month
        """,
        KeyOf("month", "text", "月份", "The month of grant.", Month), Of("granted", "integer", "给予件数", "Buffers granted."),
        Of("average_days", "numeric", "平均天数", "Average calendar days granted."), Of("settlement_failed", "integer", "和解失败", "Ended early: the settlement failed."),
        Of("completed", "integer", "期满", "Ran their course (recorded just after their end)."), Of("in_force", "integer", "缓冲中", "Neither failed nor run their course."));

    public static readonly ReportTable OneVisitShare = Catalog.View("one_visit_share", "最多跑一次占比",
        "Per month of filing: cases filed and the share filed with at most one trip.",
        $"select month, count(*)::int, (count(*) filter (where within_one_visit))::int, {Share("count(*) filter (where within_one_visit)", "count(*)")} from {S}.case_rows group by month",
        KeyOf("month", "text", "月份", "The month of filing.", Month), Of("filed", "integer", "登记件数", "Cases filed."),
        Of("within_one_visit", "integer", "最多跑一次件数", "Filed with at most one trip."), Of("share", "numeric", "占比", "within_one_visit ÷ filed."));

    public static readonly ReportTable CasesByStage = Catalog.View("cases_by_stage", "分阶段案件数",
        "Per month of filing and stage: cases, and how many are with the centre, mediating, resolved and unresolved.",
        $"""
        select month, stage, count(*)::int, (count(*) filter (where status = 'awaitingAssignment'))::int, (count(*) filter (where status = 'mediating'))::int,
               (count(*) filter (where status = 'resolved'))::int, (count(*) filter (where status = 'unresolved'))::int
        from {S}.case_rows group by month, stage
        """,
        KeyOf("month", "text", "月份", "The month of filing.", Month), KeyOf("stage", "text", "阶段", "preLitigation, litigation or enforcement."),
        Of("cases", "integer", "案件数", "Cases."), Of("awaiting_assignment", "integer", "待交办", "With the centre."), Of("mediating", "integer", "调处中", "With a unit."),
        Of("resolved", "integer", "调处成功", "Resolved."), Of("unresolved", "integer", "调处不成", "Mediation failed."));

    public static readonly ReportTable PreLitigationSuccess = Catalog.View("pre_litigation_success", "诉前调解成功率",
        "Per month of the pre-litigation mediation's result: mediations ended, resolved by mediation, not resolved, of those filed for litigation (诉前调解不成转立案), and the success rate.",
        $"""
        select pre_litigation_month, count(*)::int, (count(*) filter (where pre_litigation_resolved))::int, (count(*) filter (where not pre_litigation_resolved))::int,
               (count(*) filter (where litigated_at is not null))::int, {Share("count(*) filter (where pre_litigation_resolved)", "count(*)")}
        from {S}.case_rows where pre_litigation_resolved is not null group by pre_litigation_month
        """,
        KeyOf("month", "text", "月份", "The month of the pre-litigation mediation's result.", Month), Of("mediated", "integer", "调解终结件数", "Pre-litigation mediations ended."),
        Of("resolved", "integer", "调解成功件数", "Resolved by mediation."), Of("unresolved", "integer", "调解不成件数", "Not resolved."),
        Of("litigated", "integer", "转立案件数", "Of those not resolved, filed for litigation (at any later time)."),
        Of("success_rate", "numeric", "调解成功率", "resolved ÷ mediated."));

    public static readonly ReportTable ResolutionDays = Catalog.View("resolution_days", "平均化解用时",
        "Per month of result and stage: cases resolved and the average calendar days from filing to resolution.",
        $"select result_month, stage, count(*)::int, round(avg(days_to_resolution), 2) from {S}.case_rows where resolved group by result_month, stage",
        KeyOf("month", "text", "月份", "The month of the result.", Month), KeyOf("stage", "text", "阶段", "The stage."),
        Of("resolved", "integer", "化解件数", "Cases resolved."), Of("average_days", "numeric", "平均用时（日）", "Average calendar days from filing to resolution."));

    public static readonly ReportTable InsuranceShare = Catalog.View("insurance_share", "保全+保险占比",
        "Per month: preservation applications and the share secured by a guarantee policy instead of a cash deposit.",
        $"""
        select month, count(*)::int, (count(*) filter (where security = 'guaranteePolicy'))::int,
               {Share("count(*) filter (where security = 'guaranteePolicy')", "count(*)")}
        from {S}.preservation_rows group by month
        """,
        KeyOf("month", "text", "月份", "The month.", Month), Of("applications", "integer", "保全申请数", "Applications."),
        Of("with_insurance", "integer", "保全+保险件数", "Secured by a guarantee policy."), Of("share", "numeric", "占比", "with_insurance ÷ applications."));

    public static readonly ReportTable PingAnAssessment = Catalog.View("ping_an_assessment", "平安建设涉企案件化解",
        "Per month of result and unit: the enterprise cases it resolved (a key item of the district's 平安建设 assessment) and how many on time.",
        $"""
        select result_month, unit, (count(*) filter (where outcome = 'resolved'))::int, (count(*) filter (where outcome = 'resolved' and on_time))::int,
               (count(*) filter (where outcome = 'unresolved'))::int
        from {S}.mediation_rows where outcome in ('resolved', 'unresolved') group by result_month, unit
        """,
        KeyOf("month", "text", "月份", "The month of the result.", Month), KeyOf("unit", "text", "责任单位", "The unit.", Department),
        Of("resolved", "integer", "化解件数", "Enterprise cases resolved: the assessment's figure."), Of("resolved_on_time", "integer", "按期化解", "Of those, within the limit."),
        Of("unresolved", "integer", "调处不成", "Mediations that failed."));

    public static readonly ReportTable OverdueByUnit = Catalog.View("mediations_overdue_by_unit", "限时调处逾期情况",
        "Per month of assignment and unit: mediations assigned, open, overdue, and handed back.",
        $"""
        select month, unit, count(*)::int, (count(*) filter (where outcome is null))::int, (count(*) filter (where overdue))::int,
               (count(*) filter (where outcome = 'handedBack'))::int
        from {S}.mediation_rows group by month, unit
        """,
        KeyOf("month", "text", "月份", "The month of assignment.", Month), KeyOf("unit", "text", "责任单位", "The unit.", Department),
        Of("assigned", "integer", "交办件数", "Mediations assigned."), Of("open", "integer", "在办件数", "Without a result yet."),
        Of("overdue", "integer", "逾期件数", "Declared overdue (a result after the limit included)."), Of("handed_back", "integer", "退回件数", "Handed back to the centre."));
}
