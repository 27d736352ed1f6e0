using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Licensing.StaffAssessment;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportColumn;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportDimension;

namespace Nanchuan.Licensing.Reports;

/// <summary>
/// The module's report tables (docs/reporting.md). Fact tables (<c>*_rows</c>, <c>catalogue_items</c>, <c>fast_approval_projects</c>) hold one row per
/// application, visit, registration, consultation, item, deduction or project, written inline with the events by <see cref="LicensingReportTables"/>;
/// the summaries are views over them, so concurrent commands never contend for a summary row (issue 22). Rates are ratios with 4 decimals,
/// null when their denominator is 0; averages have 2 decimals; PostgreSQL's round() rounds half away from zero, as the REST figures do.
/// </summary>
internal static class LicensingTables
{
    private const string S = "licensing";

    /// <summary>The Beijing-time month (<c>yyyy-MM</c>) of a timestamptz column, in SQL.</summary>
    internal static string BeijingMonth(string column) => $"to_char({column} at time zone 'Asia/Shanghai', 'YYYY-MM')";

    public static readonly ReportCatalog Catalog = new("licensing", S, new ReportAccess($"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}"));

    public static readonly ReportTable ApplicationRows = Catalog.Table("application_rows", "办件", "One row per application received at the hall.", exported: false,
        KeyOf("application_id", "uuid", "办件编号", "The application's stream id."), Of("item_id", "uuid", "事项编号", "The catalogue item applied for."),
        Of("item_code", "text", "事项编码", "The item's catalogue code."), Of("department", "text", "实施部门", "The department that implements the item.", Department),
        Of("received_at", "timestamptz", "接件时间", "When the window received it."), Of("received_day", "date", "接件日期", "The day it was received.", Day),
        Of("accepted_at", "timestamptz", "受理时间", "When it was accepted."), Of("due_at", "timestamptz", "承诺办结时间", "The promised completion time."),
        Of("finished_at", "timestamptz", "办结时间", "When it was finished (result issued, or rejected)."),
        Of("visits", "integer", "到窗口次数", "Trips to the window recorded after the first."));

    // 最多跑一次 kept per month and department (ADR 0198): written with every change of an application row's finish or visits, summed by the report.
    public static readonly ReportTable OneTripMonths = Catalog.Table("one_trip_months", "最多跑一次月度累计",
        "Per Beijing-time month finished and department: the finished applications of application_rows and those with at most one trip, kept in the same " +
        "transaction as each finish or visit (the report sums these rows instead of counting every finished application).", exported: false,
        MonthOf("The Beijing-time month the applications finished.", key: true), DepartmentOf("department", "实施部门", "The department that implements the item.", key: true),
        Of("finished", "integer", "办结数", "Finished applications."), Of("within_one_trip", "integer", "最多跑一次办结数", "Of them, finished with at most one trip (visits ≤ 1)."));

    public static readonly ReportTable HallVisitRows = Catalog.Table("hall_visit_rows", "大厅来访", "One row per visit or walk-in tally counted at the hall.", exported: false,
        KeyOf("visit_id", "uuid", "来访编号", "The visit's event id, or the tally's id."), Of("day", "date", "日期", "The day of the visit.", Day),
        Of("source", "text", "来源", "application, walk-in, registration or consultation."), Of("application_id", "uuid", "办件编号", "The application visited for, if any."),
        Of("department", "text", "部门", "The department visited; for an application visit, null (the application's department counts).", Department),
        Of("visitors", "integer", "人次", "Visitors counted."));

    public static readonly ReportTable RegistrationRows = Catalog.Table("registration_rows", "设立登记", "One row per company registration filed at a service point.", exported: false,
        KeyOf("registration_id", "uuid", "登记编号", "The registration's stream id."), Of("service_point", "text", "服务点", "The 近快办 service point.", Department),
        Of("filed_at", "timestamptz", "申请时间", "When it was filed."), Of("accepted_at", "timestamptz", "受理时间", "When it was accepted."),
        Of("issued_at", "timestamptz", "发照时间", "When the licence was issued."), Of("working_days_taken", "numeric", "用时（工作日）", "Business hours from acceptance to licence ÷ 9.5."),
        Of("within_limit", "boolean", "0.5个工作日内", "Issued within 0.5 working day."));

    public static readonly ReportTable ConsultationRows = Catalog.Table("consultation_rows", "咨询辅导", "One row per consultation given at a service point.", exported: false,
        KeyOf("consultation_id", "uuid", "咨询编号", "The consultation's id."), Of("service_point", "text", "服务点", "The service point.", Department),
        Of("topic", "text", "咨询事项", "What was asked."), Of("given_at", "timestamptz", "时间", "When it was given."));

    public static readonly ReportTable CatalogueItems = Catalog.Table("catalogue_items", "事项清单", "One row per catalogued service item.", exported: true,
        KeyOf("item_id", "uuid", "事项编号", "The item's stream id."), Of("code", "text", "事项编码", "The catalogue code."), Of("name", "text", "事项名称", "The item's name."),
        Of("kind", "text", "事项类型", "administrativeLicence (行政许可), administrativeConfirmation, administrativePayment, administrativeAward, administrativeAdjudication, otherAdministrativePower, publicService, or unclassified (catalogued before kinds, ADR 0134)."),
        Of("department", "text", "实施部门", "The implementing department.", Department),
        Of("owner_level", "text", "实施主体层级", "districtDepartment (区级部门), town (乡镇（街道）), or unclassified (catalogued before levels)."),
        Of("statutory_working_days", "integer", "法定时限（工作日）", "The statutory limit."),
        Of("promised_working_days", "numeric(6,1)", "承诺时限（工作日）", "The promised limit."), Of("compression", "numeric(7,4)", "压缩比例", "1 − promised ÷ statutory."),
        Of("immediate", "boolean", "即办件", "Decided on the spot."), Of("online", "boolean", "网上可办", "Can be applied for online."),
        Of("concerns_enterprises", "boolean", "涉企", "Concerns enterprises (the 90 % target applies)."), Of("justification", "text", "未达标说明", "Why the compression is below target."));

    public static readonly ReportTable StaffDeductionRows = Catalog.Table("staff_deduction_rows", "考核扣分", "One row per deduction of the monthly staff assessment.", exported: false,
        KeyOf("deduction_id", "uuid", "扣分编号", "The deduction's id."), Of("staff_id", "text", "工作人员", "The staff member."), Of("year", "integer", "年", "The assessed year."),
        Of("month", "integer", "月", "The assessed month.", Month), Of("requirement", "text", "考核事项", "The requirement breached, if any."),
        Of("complaint", "text", "有效投诉", "The valid complaint, if any."), Of("points", "integer", "扣分", "Points deducted."), Of("explanation", "text", "书面说明", "The written explanation of a complaint."),
        Of("rule_code", "text", "考核细则编号", "The rule quoted (null for a complaint, and for deductions recorded before the rules became data)."),
        Of("rule_revision", "integer", "细则版本", "The revision of the rule in force when it was recorded."),
        Of("model_post", "text", "示范岗", "partyMember (党员示范岗) or leagueMember (团员示范岗) when the person held one then."));

    public static readonly ReportTable AssessmentRules = Catalog.Table("assessment_rules", "考核细则",
        "Every revision of every rule of the monthly staff assessment (十要, 十不, 服务要求): in force from, until (null: still in force), set by whom.", exported: true,
        KeyOf("code", "text", "细则编号", "The rule's code."), KeyOf("revision", "integer", "版本", "1 when adopted, +1 per amendment."),
        Of("title", "text", "细则内容", "The wording."), Of("category", "text", "类别", "tenDos (十要), tenDonts (十不) or serviceRequirement (服务要求)."),
        Of("points", "integer", "每次扣分", "Points a breach deducts."), Of("source", "text", "来源", "seed-000 (named in the hall's report) or hall (added by the hall)."),
        Of("in_force_from", "timestamptz", "生效时间", "From when it applies."), Of("in_force_until", "timestamptz", "失效时间", "Until when; null while in force."),
        Of("changed_by", "text", "设定人", "Who adopted or amended it (system for the seed's rules)."), Of("changed_by_role", "text", "设定人角色", "Their role."),
        Of("reason", "text", "修订理由", "Why it was amended."), Of("retirement_reason", "text", "废止理由", "Why it was retired."));

    public static readonly ReportTable StaffModelPosts = Catalog.Table("staff_model_posts", "党员团员示范岗", "One row per staff member ever marked as a model post (示范岗).", exported: true,
        KeyOf("staff_id", "text", "工作人员", "The staff member."), Of("kind", "text", "示范岗类型", "partyMember (党员示范岗) or leagueMember (团员示范岗)."),
        Of("designated_at", "timestamptz", "设立时间", "When it was last marked."), Of("withdrawn_at", "timestamptz", "撤销时间", "When it was taken back; null while held."));

    public static readonly ReportTable StaffMonthDecisions = Catalog.Table("staff_month_decisions", "考核处理", "The interview and return decisions of a staff member's month.", exported: false,
        KeyOf("staff_id", "text", "工作人员", "The staff member."), KeyOf("year", "integer", "年", "The assessed year."), KeyOf("month", "integer", "月", "The assessed month.", Month),
        Of("interview", "boolean", "约谈", "An interview was triggered."), Of("returned_to_home_unit", "boolean", "退回原单位", "Returned to the home unit."));

    public static readonly ReportTable FastApprovalProjects = Catalog.Table("fast_approval_projects", "快审流水线项目", "One row per project of the social-investment fast-approval pipeline.", exported: true,
        KeyOf("project_id", "uuid", "项目编号", "The project's stream id."), Of("name", "text", "项目名称", "The project's name."),
        Of("investor_credit_code", "text", "投资企业统一社会信用代码", "The investor's credit code."), Of("project_type", "text", "项目类型", "The project type."),
        Of("entered_at", "timestamptz", "入驻时间", "When it entered the pipeline."), Of("entered_day", "date", "入驻日期", "The day it entered.", Day),
        Of("up_front_service_at", "timestamptz", "靠前服务时间", "When up-front service was given."), Of("tracking_officer", "text", "跟踪服务专员", "The current tracking officer."),
        Of("officer_assignments", "integer", "专员安排次数", "Tracking officers assigned."), Of("site_visits", "integer", "现场指导次数", "Site guidance visits."),
        Of("meetings", "integer", "专题服务会", "Special service meetings."), Of("problems_raised", "integer", "提出问题", "Problems raised."),
        Of("problems_solved", "integer", "解决问题", "Problems solved."), Of("closed_at", "timestamptz", "办结时间", "When the project left the pipeline."));

    public static readonly ReportTable PackageApplicationRows = Catalog.Table("package_application_rows", "一件事一次办",
        "One row per 一件事一次办 application: the separate-against-package figures, the visits recorded, when it was accepted and finished.", exported: true,
        KeyOf("application_id", "uuid", "办件编号", "The application's stream id."), Of("package_id", "uuid", "一件事编号", "The package."),
        Of("package_code", "text", "一件事编码", "The package's code."), Of("package_name", "text", "一件事名称", "The package's name."),
        Of("items", "integer", "事项数", "Items the package bundles."), Of("separate_steps", "integer", "分别办理环节", "Steps applying for each item separately."),
        Of("package_steps", "integer", "一次办环节", "Steps as one package."), Of("separate_working_days", "numeric(8,1)", "分别办理时限（工作日）", "Working days separately."),
        Of("package_working_days", "numeric(8,1)", "一次办时限（工作日）", "Working days as one package."),
        Of("separate_materials", "integer", "分别办理材料", "Materials separately."), Of("package_materials", "integer", "一次办材料", "Materials as one package."),
        Of("separate_trips", "integer", "分别办理跑动", "Trips separately (one per item)."), Of("visits", "integer", "到窗口次数", "Visits recorded after the first."),
        Of("received_at", "timestamptz", "接件时间", "When it was received."), MonthOf("The month it was received."),
        Of("accepted_at", "timestamptz", "受理时间", "When it was accepted."), Of("approved", "boolean", "准予", "The decision; null until decided."),
        Of("finished_at", "timestamptz", "办结时间", "When it was finished (result issued, or rejected)."));

    public static readonly ReportTable QueueTicketRows = Catalog.Table("queue_ticket_rows", "分区排队", "One row per queue ticket of a \"1+N\" service zone.", exported: true,
        KeyOf("zone_code", "text", "分区编码", "The zone."), KeyOf("day", "date", "日期", "The day of the ticket.", Day), KeyOf("number", "integer", "号码", "The ticket's number that day."),
        Of("label", "text", "票号", "The printed label (e.g. RS002)."), Of("purpose", "text", "事由", "What the visitor came for."),
        Of("credit_code", "text", "统一社会信用代码", "The enterprise's credit code, if given."), Of("green", "boolean", "绿色通道", "Served through the green channel."),
        Of("green_reason", "text", "绿色通道原因", "Why it was green."), Of("green_note", "text", "绿色通道说明", "The note on it."),
        Of("taken_at", "timestamptz", "取号时间", "When the ticket was taken."), Of("window_name", "text", "窗口", "The window that called it."),
        Of("called_at", "timestamptz", "叫号时间", "When it was called."), Of("outcome", "text", "结果", "served or noShow (as in the JSON API)."),
        Of("closed_at", "timestamptz", "结束时间", "When it was closed."));

    public static readonly ReportTable FinancingReferralRows = Catalog.Table("financing_referral_rows", "金融街融资对接",
        "One row per financing request and chosen bank: amount, product, when it was routed, the bank's first answer, its decision and the amount approved.", exported: true,
        KeyOf("referral_id", "uuid", "对接编号", "The referral's stream id."), Of("request_id", "uuid", "需求编号", "The financing request."),
        DepartmentOf("bank", "银行", "The bank referred to."), Of("credit_code", "text", "统一社会信用代码", "The enterprise's credit code."),
        Of("enterprise_name", "text", "企业名称", "The enterprise."), Of("product", "text", "产品", "The product asked for."),
        Of("amount", "numeric(16,2)", "金额（元）", "The amount asked for, CNY."), Of("referred_at", "timestamptz", "推送时间", "When it was routed to the bank."),
        MonthOf("The month it was routed."), Of("status", "text", "状态", "awaiting, takenUp, approved or declined (as in the JSON API)."),
        Of("first_answered_at", "timestamptz", "首次响应时间", "The bank's first answer."), Of("decided_at", "timestamptz", "审批时间", "The bank's decision."),
        Of("approved_amount", "numeric(16,2)", "审批金额（元）", "The amount approved, CNY."), Of("decline_reason", "text", "未予授信原因", "Why it was declined."));

    public static readonly ReportTable HallDailyFigures = Catalog.View("hall_daily_figures", "政务服务大厅每日数据",
        "The hall's figures per day and department, and for the whole hall (department ''). Applications count on the day received, visitors on the day of the visit.",
        $$"""
        select day, case when grouping(department) = 1 then '' else department end, sum(visitors)::int, sum(received)::int, sum(immediate)::int, sum(finished)::int,
               sum(within_promised)::int, round(sum(finished)::numeric / nullif(sum(received), 0), 4)::numeric(7,4),
               round(sum(within_promised)::numeric / nullif(sum(finished), 0), 4)::numeric(7,4)
        from (
            select v.day, coalesce(v.department, a.department) as department, v.visitors, 0 as received, 0 as immediate, 0 as finished, 0 as within_promised
            from {{S}}.hall_visit_rows v left join {{S}}.application_rows a on a.application_id = v.application_id
            union all
            select a.received_day, a.department, 0, 1, case when i.immediate then 1 else 0 end,
                   case when a.finished_at is not null then 1 else 0 end, case when a.finished_at <= a.due_at then 1 else 0 end
            from {{S}}.application_rows a left join {{S}}.catalogue_items i on i.item_id = a.item_id
        ) f
        group by grouping sets ((day, department), (day))
        """,
        KeyOf("day", "date", "日期", "The day.", Day), KeyOf("department", "text", "部门（空为全大厅）", "The department; '' for the whole hall.", Department),
        Of("visitors", "integer", "接待人次", "Visitors received."), Of("received", "integer", "接件数", "Applications received."),
        Of("immediate", "integer", "即办件数", "Of them, immediate items."), Of("finished", "integer", "办结数", "Of them, finished."),
        Of("finished_within_promised", "integer", "承诺时限内办结数", "Finished within the promised limit."),
        Of("completion_rate", "numeric(7,4)", "办结率", "finished ÷ received."), Of("within_promised_rate", "numeric(7,4)", "承诺时限内办结率", "finished within the promise ÷ finished."));

    public static readonly ReportTable OneTripReport = Catalog.View("one_trip_report", "最多跑一次",
        "Finished applications per month finished and department, per month, per department and overall ('' for all), and those finished with at most one trip.",
        $$"""
        select case when grouping(month) = 1 then '' else month end, case when grouping(department) = 1 then '' else department end,
               sum(finished)::int, sum(within_one_trip)::int, round(sum(within_one_trip)::numeric / nullif(sum(finished), 0), 4)::numeric(7,4)
        from {{S}}.one_trip_months
        group by grouping sets ((month, department), (month), (department), ())
        having sum(finished) > 0
        """,
        KeyOf("month", "text", "月份（空为全部）", "The Beijing-time month finished; '' for all months.", Month),
        KeyOf("department", "text", "部门（空为全部）", "The department; '' for all.", Department), Of("finished", "integer", "办结数", "Finished applications."),
        Of("within_one_trip", "integer", "最多跑一次办结数", "Finished with at most one trip."), Of("one_trip_rate", "numeric(7,4)", "最多跑一次率", "within one trip ÷ finished."));

    public static readonly ReportTable RegistrationReport = Catalog.View("registration_report", "近快办服务点统计",
        "Per service point with any activity, per month ('' for all months): consultations given, registrations filed, licences issued (counted in the month filed), " +
        "average working days to the licence, share within 0.5 day.",
        $$"""
        select case when grouping(month) = 1 then '' else month end, service_point, sum(consultations)::int, sum(registrations)::int, sum(issued)::int,
               round(avg(working_days_taken), 2)::numeric(9,2), round((count(*) filter (where within_limit))::numeric / nullif(sum(issued), 0), 4)::numeric(7,4)
        from (
            select service_point, {{BeijingMonth("filed_at")}} as month, 0 as consultations, 1 as registrations, (issued_at is not null)::int as issued,
                   working_days_taken, within_limit
            from {{S}}.registration_rows
            union all
            select service_point, {{BeijingMonth("given_at")}}, 1, 0, 0, null, null from {{S}}.consultation_rows
        ) f
        group by grouping sets ((month, service_point), (service_point))
        """,
        KeyOf("month", "text", "月份（空为全部）", "The Beijing-time month filed or given; '' for all months.", Month),
        KeyOf("service_point", "text", "服务点", "The service point.", Department), Of("consultations", "integer", "咨询辅导数", "Consultations given."),
        Of("registrations", "integer", "设立登记数", "Registrations filed."), Of("issued", "integer", "发照数", "Of them, licences issued."),
        Of("average_working_days_to_licence", "numeric(9,2)", "平均发照用时（工作日）", "Average working days from acceptance to licence."),
        Of("share_within_half_day", "numeric(7,4)", "0.5个工作日内发照率", "Issued within 0.5 working day ÷ issued."));

    public static readonly ReportTable CatalogueSummary = Catalog.View("catalogue_summary", "事项清单汇总",
        "The catalogue's average compression, that of items concerning enterprises, and the online-availability rate (one row, scope 'all').",
        $$"""
        select 'all', count(*)::int, round(avg(compression), 4)::numeric(7,4), round(avg(compression) filter (where concerns_enterprises), 4)::numeric(7,4),
               round((count(*) filter (where online))::numeric / nullif(count(*), 0), 4)::numeric(7,4)
        from {{S}}.catalogue_items
        having count(*) > 0
        """,
        KeyOf("scope", "text", "范围", "Always 'all'."), Of("items", "integer", "事项数", "Items catalogued."),
        Of("average_compression", "numeric(7,4)", "平均压缩比例", "Average compression."),
        Of("average_enterprise_compression", "numeric(7,4)", "涉企事项平均压缩比例", "Average compression of items concerning enterprises."),
        Of("online_rate", "numeric(7,4)", "网上可办率", "Items available online ÷ items."));

    // 事项类型与层级 (ADR 0135): the catalogue per kind and per level, rows written before kinds counted as unclassified.
    public static readonly ReportTable CatalogueKindFigures = Catalog.View("catalogue_kind_figures", "事项类型与层级统计",
        "Per kind of item (行政许可 …) and level of its department (区级部门, 乡镇（街道）), per kind, per level and for the whole catalogue ('' for all): " +
        "items, items online, the online rate (网上可办率) and the average compression of the promised limit against the statutory one.",
        $$"""
        select case when grouping(kind) = 1 then '' else kind end, case when grouping(owner_level) = 1 then '' else owner_level end,
               count(*)::int, (count(*) filter (where online))::int, round((count(*) filter (where online))::numeric / nullif(count(*), 0), 4)::numeric(7,4),
               round(avg(compression), 4)::numeric(7,4)
        from (select coalesce(kind, 'unclassified') as kind, coalesce(owner_level, 'unclassified') as owner_level, online, compression from {{S}}.catalogue_items) i
        group by grouping sets ((kind, owner_level), (kind), (owner_level), ())
        having count(*) > 0
        """,
        KeyOf("kind", "text", "事项类型（空为全部）", "The kind, as in catalogue_items; '' for all kinds."),
        KeyOf("owner_level", "text", "实施主体层级（空为全部）", "districtDepartment, town or unclassified; '' for all levels."),
        Of("items", "integer", "事项数", "Items catalogued."), Of("online_items", "integer", "网上可办事项数", "Of them, available online."),
        Of("online_rate", "numeric(7,4)", "网上可办率", "Items online ÷ items."),
        Of("average_compression", "numeric(7,4)", "平均压缩比例", "Average of 1 − promised ÷ statutory (an item of statutory 0 counts 1)."));

    public static readonly ReportTable StaffMonthlyResults = Catalog.View("staff_monthly_results", "月度数字化管理考核",
        $"Per staff member and month: deductions, points deducted, score ({StaffScorecard.MonthlyPoints} − points), valid complaints, explanations outstanding, interview and return, complaints against a model post.",
        $$"""
        select staff_id, year, month, coalesce(d.deductions, 0), coalesce(d.points_deducted, 0), {{StaffScorecard.MonthlyPoints}} - coalesce(d.points_deducted, 0),
               coalesce(d.complaints, 0), coalesce(d.explanations_outstanding, 0), coalesce(f.interview, false), coalesce(f.returned_to_home_unit, false),
               coalesce(d.model_post_complaints, 0)
        from (
            select staff_id, year, month, count(*)::int as deductions, sum(points)::int as points_deducted, count(complaint)::int as complaints,
                   (count(*) filter (where complaint is not null and explanation is null))::int as explanations_outstanding,
                   (count(*) filter (where complaint is not null and model_post is not null))::int as model_post_complaints
            from {{S}}.staff_deduction_rows group by staff_id, year, month
        ) d full join {{S}}.staff_month_decisions f using (staff_id, year, month)
        """,
        KeyOf("staff_id", "text", "工作人员", "The staff member."), KeyOf("year", "integer", "年", "The year."), KeyOf("month", "integer", "月", "The month.", Month),
        Of("deductions", "integer", "扣分次数", "Deductions recorded."), Of("points_deducted", "integer", "扣分", "Points deducted."), Of("score", "integer", "得分", "The month's score."),
        Of("complaints", "integer", "有效投诉", "Valid complaints."), Of("explanations_outstanding", "integer", "待写说明", "Complaints without a written explanation."),
        Of("interview", "boolean", "约谈", "An interview was triggered."), Of("returned_to_home_unit", "boolean", "退回原单位", "Returned to the home unit."),
        Of("model_post_complaints", "integer", "示范岗被投诉", "Complaints against the person while holding a model post (示范岗)."));

    // 好差评 (ADR 0095): one row per rating; the figures and the ranking are views over it, leaving out ratings whose appeal was upheld.
    public static readonly ReportTable RatingRows = Catalog.Table("rating_rows", "好差评", "One row per 好差评 of a finished service of the hall.", exported: false,
        KeyOf("rating_id", "uuid", "评价编号", "The rating's stream id."), Of("service", "text", "服务类型", "application, package, registration, deskRequest or financingRequest."),
        Of("case_id", "uuid", "办件编号", "The rated case."), Of("credit_code", "text", "统一社会信用代码", "The enterprise that rated."),
        Of("department", "text", "办理部门", "The department that served.", Department), Of("service_point", "text", "服务点", "The hall or the 近快办 point that served."),
        Of("window_staff_id", "text", "受理窗口工作人员", "The staff member whose window received the case; null when lodged online."),
        Of("window_staff_name", "text", "受理窗口", "That staff member's name."), Of("rating", "text", "评价等级", "verySatisfied … veryDissatisfied (as in the JSON API)."),
        Of("good", "boolean", "好评", "非常满意, 满意 or 基本满意."), Of("channel", "text", "评价渠道", "window (一次一评) or online (一事一评)."),
        Of("rated_at", "timestamptz", "评价时间", "When it was rated."), MonthOf("The Beijing-time month of the rating."),
        Of("revisit_due_at", "timestamptz", "回访时限", "A 差评's revisit deadline."), Of("revisited_at", "timestamptz", "回访时间", "When it was revisited."),
        Of("rectification_due_at", "timestamptz", "整改时限", "A 差评's rectification deadline."), Of("resolved_at", "timestamptz", "整改或说明时间", "When it was rectified or explained."),
        Of("excluded", "boolean", "不计入满意率", "An appeal against it was upheld."), Of("exclusion_reason", "text", "不计入理由", "The business office's reason."),
        Of("deduction_points", "integer", "考核扣分", "Points it deducted in the staff assessment."));

    /// <summary>满意率 per month and unit: the window (staff member), the department and the service point, counting the ratings that count.</summary>
    private static readonly string RatingFigureRows = $$"""
        select month, kind, unit, unit_name, count(*)::int as ratings, (count(*) filter (where good))::int as good_ratings,
               round((count(*) filter (where good))::numeric / count(*), 4)::numeric(7,4) as satisfaction_rate
        from (
            select month, 'window' as kind, window_staff_id as unit, window_staff_name as unit_name, good from {{S}}.rating_rows where not excluded and window_staff_id is not null
            union all
            select month, 'department', department, department, good from {{S}}.rating_rows where not excluded
            union all
            select month, 'servicePoint', service_point, service_point, good from {{S}}.rating_rows where not excluded
        ) r
        group by month, kind, unit, unit_name
        """;

    public static readonly ReportTable RatingFigures = Catalog.View("rating_figures", "好差评满意率",
        "Per Beijing-time month, the 好差评 满意率 of each window (staff member), department and service point: good ratings ÷ ratings, appeals upheld left out.",
        $"select month, kind, unit, unit_name, ratings, good_ratings, satisfaction_rate from ({RatingFigureRows}) f",
        KeyOf("month", "text", "月份", "The Beijing-time month of the ratings.", Month), KeyOf("kind", "text", "统计单元类型", "window, department or servicePoint."),
        KeyOf("unit", "text", "统计单元", "The staff member's id, the department or the service point."), Of("unit_name", "text", "单元名称", "Its name."),
        Of("ratings", "integer", "评价数", "Ratings that count."), Of("good_ratings", "integer", "好评数", "Of them 非常满意, 满意 or 基本满意."),
        Of("satisfaction_rate", "numeric(7,4)", "满意率", "good ratings ÷ ratings."));

    public static readonly ReportTable RatingRanking = Catalog.View("rating_ranking", "好差评排名",
        "Per month and kind of unit, the units ranked by 满意率 (highest first; equal rates by more ratings, then share a rank).",
        $"select month, kind, (rank() over (partition by month, kind order by satisfaction_rate desc, ratings desc))::int, unit, unit_name, ratings, satisfaction_rate from ({RatingFigureRows}) f",
        KeyOf("month", "text", "月份", "The Beijing-time month of the ratings.", Month), KeyOf("kind", "text", "统计单元类型", "window, department or servicePoint."),
        Of("rank", "integer", "名次", "1 = highest 满意率."), KeyOf("unit", "text", "统计单元", "The staff member's id, the department or the service point."),
        Of("unit_name", "text", "单元名称", "Its name."), Of("ratings", "integer", "评价数", "Ratings that count."), Of("satisfaction_rate", "numeric(7,4)", "满意率", "good ratings ÷ ratings."));

    // 大厅目标 (ADR 0116): one row per case measured against a headline target; the monthly figures are a view over them.
    public static readonly ReportTable HallTargetCases = Catalog.Table("hall_target_cases", "大厅目标办件",
        "One row per case measured against a headline target of the hall (企业开办1个工作日, 投资项目备案1个工作日, 施工许可和竣工备案当场办结): start, finish, due, working days, met.",
        exported: true,
        KeyOf("measurement_id", "uuid", "测量编号", "The measurement's stream id."), Of("target", "text", "目标", "companyStartUp, investmentProjectFiling, constructionPermit or completionFiling."),
        Of("target_name", "text", "目标名称", "企业开办全流程, 企业投资项目备案, 施工许可 or 竣工验收备案."), MonthOf("The Beijing-time month the case finished."),
        Of("service", "text", "服务类型", "registration or application."), Of("case_id", "uuid", "办件编号", "The registration or application."),
        Of("case_label", "text", "办件", "The company, or the item and the enterprise."), Of("department", "text", "部门或服务点", "The item's department, or the 近快办 point.", Department),
        Of("started_at", "timestamptz", "起算时间", "Filing of a registration; acceptance (受理) of an application."),
        Of("finished_at", "timestamptz", "办结时间", "Licence or result issued, or rejected."), Of("due_at", "timestamptz", "目标时限", "When the target ran out."),
        Of("working_days_taken", "numeric(9,2)", "用时（工作日）", "Business hours from start to finish ÷ the business day."),
        Of("met", "boolean", "达标", "Finished by the target's time."));

    public static readonly ReportTable HallTargetsMonthly = Catalog.View("hall_targets_monthly", "大厅目标月度达标",
        "Per Beijing-time month the cases finished and per headline target: the target, cases, met, missed, share met, average and longest working days.",
        $$"""
        select month, target, target_name, case when target in ('constructionPermit', 'completionFiling') then '当场办结' else '1个工作日' end,
               count(*)::int, (count(*) filter (where met))::int, (count(*) filter (where not met))::int,
               round((count(*) filter (where met))::numeric / count(*), 4)::numeric(7,4), round(avg(working_days_taken), 2)::numeric(9,2), max(working_days_taken)::numeric(9,2)
        from {{S}}.hall_target_cases
        group by month, target, target_name
        """,
        KeyOf("month", "text", "月份", "The Beijing-time month the cases finished.", Month), KeyOf("target", "text", "目标", "The headline target."),
        Of("target_name", "text", "目标名称", "Its name."), Of("target_limit", "text", "目标值", "1个工作日 or 当场办结 (seed 000)."),
        Of("cases", "integer", "办件数", "Cases measured."), Of("met", "integer", "达标数", "Finished within the target."),
        Of("missed", "integer", "未达标数", "Finished after it (listed in hall_target_cases with met = false)."),
        Of("met_rate", "numeric(7,4)", "达标率", "met ÷ cases."), Of("average_working_days", "numeric(9,2)", "平均用时（工作日）", "Average working days taken."),
        Of("longest_working_days", "numeric(9,2)", "最长用时（工作日）", "The longest."));
}
