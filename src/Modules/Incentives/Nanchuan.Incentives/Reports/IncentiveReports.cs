using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportColumn;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportDimension;

namespace Nanchuan.Incentives.Reports;

/// <summary>
/// The module's report tables (docs/reporting.md): one row per government item and per enterprise milestone, written inline by
/// <see cref="IncentiveReportProjection"/>, and the spec's figures — government fulfilment rate (honoured ÷ due), amounts
/// due / paid / overdue, enterprise performance rate, milestones at risk — by agreement, by month and overall as views.
/// For the park committee, the finance bureau, the business office and supervisors (ADR 0046 defines the rates).
/// </summary>
internal static class IncentiveReports
{
    private const string S = IncentivesModule.Schema;

    public static readonly ReportCatalog Catalog = new("incentives", S,
        new ReportAccess($"{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}", actor =>
        {
            IncentiveAccess.EnsureParkWide(actor);
            return null;
        }));

    public static readonly ReportTable IncentiveRows = Catalog.Table("incentive_rows", "政府兑现事项", "One row per government item of an agreement.", exported: true,
        KeyOf("agreement_id", "uuid", "协议编号（系统）", "The agreement's stream id."), KeyOf("code", "text", "事项编号", "The item's code within the agreement."),
        Of("number", "text", "协议编号", "The agreement's own number."), Of("credit_code", "text", "统一社会信用代码", "The enterprise."),
        Of("basis", "text", "兑现依据", "agreement or otherPolicy."), Of("kind", "text", "兑现类型", "subsidy, rebate, land, infrastructure or policySupport."),
        Of("amount", "numeric(14,2)", "约定金额", "The committed amount in CNY (as amended)."),
        MonthOf("The month it fell due (应兑); null while its condition is not met."), Of("due", "boolean", "应兑现", "Its condition is met."),
        Of("decided_amount", "numeric(14,2)", "审定金额", "The amount decided; null before the decision."),
        Of("paid_amount", "numeric(14,2)", "已兑付金额", "Paid so far in CNY."), Of("honoured", "boolean", "已兑现", "Paid in full."),
        Of("overdue", "boolean", "逾期未兑", "Unpaid past its payment deadline (Incentives:PaymentDays after falling due)."));

    public static readonly ReportTable MilestoneRows = Catalog.Table("milestone_rows", "企业履约事项", "One row per enterprise milestone of an agreement.", exported: true,
        KeyOf("agreement_id", "uuid", "协议编号（系统）", "The agreement's stream id."), KeyOf("code", "text", "事项编号", "The milestone's code within the agreement."),
        Of("number", "text", "协议编号", "The agreement's own number."), Of("credit_code", "text", "统一社会信用代码", "The enterprise."),
        Of("kind", "text", "履约类型", "investment, constructionStart, completion, outputValue, tax or jobs."), MonthOf("The month of its due date."),
        Of("fulfilled", "boolean", "已履约", "Recorded as fulfilled."), Of("at_risk", "boolean", "履约风险", "Its due date passed unfulfilled."));

    private const string Government = $$"""
        select {0}, count(*) filter (where due) as items_due, count(*) filter (where honoured) as items_honoured,
               coalesce(sum(coalesce(decided_amount, amount)) filter (where due), 0.00) as amount_due, coalesce(sum(paid_amount), 0.00) as amount_paid,
               coalesce(sum(coalesce(decided_amount, amount) - paid_amount) filter (where overdue and not honoured), 0.00) as amount_overdue
        from {{S}}.incentive_rows {1} group by {2} having count(*) > 0
        """;

    private const string Enterprise = $$"""
        select {0}, count(*) filter (where fulfilled) as fulfilled, count(*) filter (where at_risk) as at_risk from {{S}}.milestone_rows group by {1}
        """;

    private const string Figures = """
        coalesce(g.items_due, 0)::int, coalesce(g.items_honoured, 0)::int, round(g.items_honoured::numeric / nullif(g.items_due, 0), 4),
        coalesce(g.amount_due, 0.00), coalesce(g.amount_paid, 0.00), coalesce(g.amount_overdue, 0.00),
        coalesce(e.fulfilled, 0)::int, coalesce(e.at_risk, 0)::int, round(e.fulfilled::numeric / nullif(e.fulfilled + e.at_risk, 0), 4)
        """;

    private static ReportColumn[] FigureColumns =>
    [
        Of("items_due", "integer", "应兑现事项", "Government items whose condition is met."), Of("items_honoured", "integer", "已兑现事项", "Items paid in full."),
        Of("fulfilment_rate", "numeric", "政府兑现率", "items_honoured ÷ items_due; null when none is due."),
        Of("amount_due", "numeric", "应兑金额", "The decided (else committed) amounts of the due items, CNY."), Of("amount_paid", "numeric", "已兑金额", "Paid, CNY."),
        Of("amount_overdue", "numeric", "逾期未兑金额", "Still owed on items past their payment deadline, CNY."),
        Of("milestones_fulfilled", "integer", "已履约事项", "Enterprise milestones fulfilled."), Of("milestones_at_risk", "integer", "履约风险事项", "Milestones past due, unfulfilled."),
        Of("performance_rate", "numeric", "企业履约率", "fulfilled ÷ (fulfilled + at risk): of the milestones that came due; null when none did."),
    ];

    public static readonly ReportTable ByAgreement = Catalog.View("fulfilment_by_agreement", "双兑现情况（按协议）",
        "Per agreement: the government fulfilment rate, amounts due / paid / overdue, the enterprise performance rate and milestones at risk.",
        $"""
        select g.agreement_id, g.number, g.credit_code, {Figures}
        from ({string.Format(Government, "agreement_id, max(number) as number, max(credit_code) as credit_code", "", "agreement_id")}) g
        left join ({string.Format(Enterprise, "agreement_id", "agreement_id")}) e on e.agreement_id = g.agreement_id
        """,
        [KeyOf("agreement_id", "uuid", "协议编号（系统）", "The agreement."), Of("number", "text", "协议编号", "The agreement's own number."),
         Of("credit_code", "text", "统一社会信用代码", "The enterprise."), .. FigureColumns]);

    public static readonly ReportTable ByMonth = Catalog.View("fulfilment_by_month", "双兑现情况（按月）",
        "Per month: government items by the month they fell due, enterprise milestones by the month of their due date.",
        $"""
        select coalesce(g.month, e.month), {Figures}
        from ({string.Format(Government, "month", "where month is not null", "month")}) g
        full join ({string.Format(Enterprise, "month", "month")}) e on e.month = g.month
        """,
        [KeyOf("month", "text", "月份", "The month (items: fell due; milestones: due date).", Month), .. FigureColumns]);

    public static readonly ReportTable Overall = Catalog.View("fulfilment_overall", "双兑现情况（总体）", "The whole park: one row.",
        $"""
        select 'all', {Figures}
        from ({string.Format(Government, "'all' as scope", "", "()")}) g
        left join ({string.Format(Enterprise, "'all' as scope", "()")}) e on true
        """,
        [KeyOf("scope", "text", "范围", "'all': every agreement."), .. FigureColumns]);
}
