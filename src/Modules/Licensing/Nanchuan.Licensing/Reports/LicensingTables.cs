namespace Nanchuan.Licensing.Reports;

/// <summary>
/// The module's plain SQL tables. Fact tables (<c>*_rows</c>) hold one row per application, registration, consultation, visit,
/// item, deduction or project; report tables are recomputed from them in SQL, in the transaction of the event that changed them.
/// </summary>
public static class LicensingTables
{
    private static ReportColumn Key(string name, string type, string header) => new(name, type, header, Key: true);
    private static ReportColumn Column(string name, string type, string header) => new(name, type, header);

    public static readonly ReportTable ApplicationRows = new("application_rows",
        Key("application_id", "uuid", "办件编号"), Column("item_id", "uuid", "事项编号"), Column("item_code", "text", "事项编码"),
        Column("department", "text", "实施部门"), Column("received_at", "timestamptz", "接件时间"), Column("received_day", "date", "接件日期"),
        Column("accepted_at", "timestamptz", "受理时间"), Column("due_at", "timestamptz", "承诺办结时间"), Column("finished_at", "timestamptz", "办结时间"),
        Column("visits", "integer", "到窗口次数"));

    public static readonly ReportTable HallVisitRows = new("hall_visit_rows",
        Key("visit_id", "uuid", "来访编号"), Column("day", "date", "日期"), Column("source", "text", "来源"),
        Column("application_id", "uuid", "办件编号"), Column("department", "text", "部门"), Column("visitors", "integer", "人次"));

    public static readonly ReportTable HallDailyFigures = new("hall_daily_figures",
        Key("day", "date", "日期"), Key("department", "text", "部门（空为全大厅）"), Column("visitors", "integer", "接待人次"),
        Column("received", "integer", "接件数"), Column("immediate", "integer", "即办件数"), Column("finished", "integer", "办结数"),
        Column("finished_within_promised", "integer", "承诺时限内办结数"), Column("completion_rate", "numeric(7,4)", "办结率"),
        Column("within_promised_rate", "numeric(7,4)", "承诺时限内办结率"));

    public static readonly ReportTable OneTripReport = new("one_trip_report",
        Key("department", "text", "部门（空为全部）"), Column("finished", "integer", "办结数"), Column("within_one_trip", "integer", "最多跑一次办结数"),
        Column("one_trip_rate", "numeric(7,4)", "最多跑一次率"));

    public static readonly ReportTable RegistrationRows = new("registration_rows",
        Key("registration_id", "uuid", "登记编号"), Column("service_point", "text", "服务点"), Column("filed_at", "timestamptz", "申请时间"),
        Column("accepted_at", "timestamptz", "受理时间"), Column("issued_at", "timestamptz", "发照时间"),
        Column("working_days_taken", "numeric", "用时（工作日）"), Column("within_limit", "boolean", "0.5个工作日内"));

    public static readonly ReportTable ConsultationRows = new("consultation_rows",
        Key("consultation_id", "uuid", "咨询编号"), Column("service_point", "text", "服务点"), Column("topic", "text", "咨询事项"),
        Column("given_at", "timestamptz", "时间"));

    public static readonly ReportTable RegistrationReport = new("registration_report",
        Key("service_point", "text", "服务点"), Column("consultations", "integer", "咨询辅导数"), Column("registrations", "integer", "设立登记数"),
        Column("issued", "integer", "发照数"), Column("average_working_days_to_licence", "numeric(9,2)", "平均发照用时（工作日）"),
        Column("share_within_half_day", "numeric(7,4)", "0.5个工作日内发照率"));

    public static readonly ReportTable CatalogueItems = new("catalogue_items",
        Key("item_id", "uuid", "事项编号"), Column("code", "text", "事项编码"), Column("name", "text", "事项名称"), Column("department", "text", "实施部门"),
        Column("statutory_working_days", "integer", "法定时限（工作日）"), Column("promised_working_days", "numeric(6,1)", "承诺时限（工作日）"),
        Column("compression", "numeric(7,4)", "压缩比例"), Column("immediate", "boolean", "即办件"), Column("online", "boolean", "网上可办"),
        Column("concerns_enterprises", "boolean", "涉企"), Column("justification", "text", "未达标说明"));

    public static readonly ReportTable CatalogueSummary = new("catalogue_summary",
        Key("scope", "text", "范围"), Column("items", "integer", "事项数"), Column("average_compression", "numeric(7,4)", "平均压缩比例"),
        Column("average_enterprise_compression", "numeric(7,4)", "涉企事项平均压缩比例"), Column("online_rate", "numeric(7,4)", "网上可办率"));

    public static readonly ReportTable StaffDeductionRows = new("staff_deduction_rows",
        Key("deduction_id", "uuid", "扣分编号"), Column("staff_id", "text", "工作人员"), Column("year", "integer", "年"), Column("month", "integer", "月"),
        Column("requirement", "text", "考核事项"), Column("complaint", "text", "有效投诉"), Column("points", "integer", "扣分"),
        Column("explanation", "text", "书面说明"));

    public static readonly ReportTable StaffMonthlyResults = new("staff_monthly_results",
        Key("staff_id", "text", "工作人员"), Key("year", "integer", "年"), Key("month", "integer", "月"), Column("deductions", "integer", "扣分次数"),
        Column("points_deducted", "integer", "扣分"), Column("score", "integer", "得分"), Column("complaints", "integer", "有效投诉"),
        Column("explanations_outstanding", "integer", "待写说明"), Column("interview", "boolean", "约谈"), Column("returned_to_home_unit", "boolean", "退回原单位"));

    public static readonly ReportTable FastApprovalProjects = new("fast_approval_projects",
        Key("project_id", "uuid", "项目编号"), Column("name", "text", "项目名称"), Column("investor_credit_code", "text", "投资企业统一社会信用代码"),
        Column("project_type", "text", "项目类型"), Column("entered_at", "timestamptz", "入驻时间"), Column("entered_day", "date", "入驻日期"),
        Column("up_front_service_at", "timestamptz", "靠前服务时间"), Column("tracking_officer", "text", "跟踪服务专员"),
        Column("officer_assignments", "integer", "专员安排次数"), Column("site_visits", "integer", "现场指导次数"),
        Column("meetings", "integer", "专题服务会"), Column("problems_raised", "integer", "提出问题"), Column("problems_solved", "integer", "解决问题"),
        Column("closed_at", "timestamptz", "办结时间"));

    /// <summary>Every table, for the schema and the exports.</summary>
    public static readonly IReadOnlyList<ReportTable> All =
    [
        ApplicationRows, HallVisitRows, HallDailyFigures, OneTripReport, RegistrationRows, ConsultationRows, RegistrationReport,
        CatalogueItems, CatalogueSummary, StaffDeductionRows, StaffMonthlyResults, FastApprovalProjects,
    ];

    /// <summary>The tables a reporting tool exports, by name; the fact tables stay SQL-only.</summary>
    public static ReportTable? Exported(string name) =>
        new[] { HallDailyFigures, OneTripReport, RegistrationReport, CatalogueItems, CatalogueSummary, StaffMonthlyResults, FastApprovalProjects }
            .FirstOrDefault(t => t.Name == name);
}
