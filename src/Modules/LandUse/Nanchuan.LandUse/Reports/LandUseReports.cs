using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportColumn;

namespace Nanchuan.LandUse.Reports;

/// <summary>
/// The module's report tables (docs/reporting.md): one row per project, per project and stage (<c>trips</c> counts the hand-in),
/// per other window visit (each a trip) and per consultation, each with the Beijing-time month it counts in; and the monthly stage summary over them.
/// </summary>
internal static class LandUseReports
{
    private const string S = "landuse";

    public static readonly ReportCatalog Catalog = new("landuse", S, new ReportAccess(ReportQueries.ReportReaders, actor =>
    {
        ProjectAccess.EnsureDepartment(actor);
        return null;
    }));

    public static readonly ReportTable ProjectRows = Catalog.Table("project_rows", "用地项目", "One row per land-use project (one code).", exported: true,
        KeyOf("project_code", "text", "项目代码", "The one code of the project."), Of("project_id", "uuid", "项目编号", "The project's stream id."),
        Of("supply_type", "text", "供地方式", "transfer (出让) or allocation (划拨)."), Of("project_name", "text", "项目名称", "The project's name."),
        Of("credit_code", "text", "统一社会信用代码", "The enterprise's credit code."), Of("enterprise_name", "text", "企业名称", "The enterprise."),
        Of("started_at", "timestamptz", "赋码时间", "When the code was given."), MonthOf("The month the code was given."));

    public static readonly ReportTable StageRows = Catalog.Table("stage_rows", "用地审批环节", "One row per project and stage handed in.", exported: true,
        KeyOf("project_code", "text", "项目代码", "The one code."), KeyOf("stage", "integer", "环节", "The stage number (1–7)."),
        Of("stage_name", "text", "环节名称", "The stage's name."), Of("counts_as_step", "boolean", "计入环节数", "Counts among the six steps against the baseline of 13."),
        Of("materials_in_file", "integer", "清单材料（改革后）", "Materials of the stage in the catalogue after the reform."),
        Of("materials_in_file_before", "integer", "清单材料（改革前）", "Materials of the stage before the reform."),
        Of("documents_on_file", "integer", "归档材料", "Documents filed (brought, handed over, attached or fetched)."),
        Of("applicant_materials", "integer", "申请人提交", "Materials the applicant brought."), Of("fetched_materials", "integer", "共享获取", "Materials fetched from other systems."),
        Of("attached_materials", "integer", "自动关联", "Materials attached from an earlier stage."), Of("adapter_calls", "integer", "系统调用", "Calls to other systems."),
        Of("trips", "integer", "跑动次数", "1 when the hand-in needed a trip to the window."), Of("accepted_at", "timestamptz", "受理时间", "When the stage was accepted."),
        Of("completed_at", "timestamptz", "办结时间", "When the stage was completed."), Of("working_days", "numeric(10,2)", "用时（工作日）", "Working days the stage took."),
        MonthOf("The month the stage was accepted."));

    public static readonly ReportTable ConsultationRows = Catalog.Table("consultation_rows", "用地咨询", "One row per consultation logged.", exported: false,
        KeyOf("consultation_id", "uuid", "咨询编号", "The consultation's id."), Of("channel", "text", "渠道", "How it came in (as in the JSON API)."),
        Of("project_code", "text", "项目代码", "The project asked about, if any."), Of("enquirer", "text", "咨询人", "Who asked."),
        Of("question", "text", "问题", "What was asked."), Of("at", "timestamptz", "时间", "When."), MonthOf("The month of the consultation."));

    public static readonly ReportTable VisitRows = Catalog.Table("visit_rows", "窗口来访", "One row per window visit other than a hand-in (each a trip).", exported: true,
        KeyOf("visit_id", "uuid", "来访编号", "The visit's id."), Of("project_code", "text", "项目代码", "The project."),
        Of("stage", "integer", "环节", "The stage visited for, if any."), Of("purpose", "text", "事由", "Why."), Of("at", "timestamptz", "时间", "When."),
        MonthOf("The month of the visit."));

    public static readonly ReportTable StageSummary = Catalog.View("stage_summary", "用地审批环节月度汇总",
        "Per month (of acceptance) and stage: stages accepted and completed, applicant materials, trips (hand-ins and visits of the month), average working days of the completed.",
        $$"""
        select month, stage, count(*) filter (where accepted)::int, count(completed_at)::int, sum(applicant_materials)::int, sum(trips)::int,
               coalesce(round(avg(working_days) filter (where completed_at is not null), 2), 0)::numeric(10,2)
        from (
            select month, stage, true as accepted, completed_at, applicant_materials, trips, working_days from {{S}}.stage_rows
            union all
            select month, stage, false, null, 0, 1, null from {{S}}.visit_rows where stage is not null
        ) s
        group by month, stage
        """,
        KeyOf("month", "text", "月份", "The month (Beijing time).", ReportDimension.Month), KeyOf("stage", "integer", "环节", "The stage number."),
        Of("accepted", "integer", "受理数", "Stages accepted in the month."), Of("completed", "integer", "办结数", "Of them, completed."),
        Of("applicant_materials", "integer", "申请人提交材料", "Materials applicants brought."), Of("trips", "integer", "跑动次数", "Hand-ins with a trip and visits for the stage in the month."),
        Of("average_working_days", "numeric(10,2)", "平均用时（工作日）", "Average working days of the completed stages; 0 when none."));
}
