using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportColumn;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportDimension;

namespace Nanchuan.Utilities.Reports;

/// <summary>
/// The module's report tables (docs/reporting.md): one row per power, water or gas connection and per energy check-up, written inline with
/// the events by <see cref="UtilitiesReportProjection"/>, and the summaries as views over them. A provider's staff read their own company's rows.
/// </summary>
internal static class UtilitiesReports
{
    private const string S = "utilities";

    public const string Readers = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.DepartmentHandler}";

    public static readonly ReportCatalog Catalog = new("utilities", S,
        new ReportAccess(Readers, actor => UtilityAccess.ReadsEverything(actor) ? null : actor.Department ?? ""));

    public static readonly ReportTable ConnectionRows = Catalog.Table("connection_rows", "报装", "One row per power, water or gas connection.", exported: true,
        KeyOf("connection_id", "uuid", "报装编号", "The connection's stream id."), Of("utility", "text", "类型", "power, water or gas."),
        DepartmentOf("provider", "供应单位", "The supplying company."),
        Of("category", "text", "类别", "Power: the class; gas: the user category; water: payLast (as in the JSON API)."),
        Of("credit_code", "text", "统一社会信用代码", "The applicant's credit code."), Of("enterprise_name", "text", "企业名称", "The applicant."),
        MonthOf("The month of the application."), Of("started_at", "timestamptz", "申请时间", "When the application was accepted (water: the commitment signed)."),
        Of("completed_at", "timestamptz", "办结时间", "The limited step done: power on, water connected, gas plan proposed."),
        Of("within_limit", "boolean", "时限内办结", "Done within the limit."), Of("working_days_taken", "numeric", "用时（工作日）", "Working days taken (power, water)."),
        Of("overdue", "boolean", "超期未办", "A deadline passed with its step still open."),
        Of("overdue_deadline", "text", "超期时限", "The deadline overdue now (e.g. powerOn, waterPayment); null when none is."),
        Of("overdue_due_at", "timestamptz", "超期时限到期时间", "When that deadline fell due."),
        Of("supervision_notices", "integer", "督办次数", "Supervision notices (督办) issued on the connection."),
        Of("last_supervised_at", "timestamptz", "最近督办时间", "When the last one was issued."), Of("fee_total", "numeric", "费用（元）", "Water cost list or gas fee total, CNY."),
        Of("fee_issued_at", "timestamptz", "费用出具时间", "When the cost list or fee was issued."), Of("payment_due_at", "timestamptz", "缴费期限", "Water pay-last: payment due."),
        Of("payment_outstanding", "boolean", "待缴费", "Water pay-last: payment outstanding."), Of("payment_overdue", "boolean", "逾期未缴", "Water pay-last: past the 60 days."),
        Of("capacity_kva", "numeric", "报装容量（千伏安）", "Power: the capacity applied for, kVA."),
        Of("wanted_month", "text", "期望接电月份", "Power: the month (yyyy-MM) the user wants power; null when not given."));

    public static readonly ReportTable ConnectionSummary = Catalog.View("connection_summary", "报装统计",
        "Per month of application, utility, provider and class: connections, done, done within the limit, its share, average working days, overdue.",
        $$"""
        select month, utility, provider, category, count(*)::int, count(completed_at)::int,
               (count(*) filter (where completed_at is not null and within_limit))::int,
               round((count(*) filter (where completed_at is not null and within_limit))::numeric / nullif(count(completed_at), 0), 4)::numeric(7,4),
               round(avg(working_days_taken) filter (where completed_at is not null), 2)::numeric(9,2), (count(*) filter (where overdue))::int
        from {{S}}.connection_rows group by month, utility, provider, category
        """,
        KeyOf("month", "text", "月份", "The month of application (Beijing time).", Month), KeyOf("utility", "text", "类型", "power, water or gas."),
        KeyOf("provider", "text", "供应单位", "The supplying company.", Department), KeyOf("category", "text", "类别", "The class or category."),
        Of("connections", "integer", "报装数", "Applications."), Of("completed", "integer", "已办结", "Done."),
        Of("within_limit", "integer", "时限内办结", "Done within the limit."), Of("share_within_limit", "numeric(7,4)", "时限内办结率", "within the limit ÷ done."),
        Of("average_working_days", "numeric(9,2)", "平均工作日", "Average working days of the done."), Of("overdue", "integer", "超期未办", "Overdue and still open."));

    public static readonly ReportTable PowerDemand = Catalog.View("power_demand", "待接电需求",
        "Power connections not yet powered on, by the month the users want power (未填写 when not given), provider and class: how many and the capacity, for planning grid works.",
        $$"""
        select coalesce(wanted_month, '未填写'), provider, category, count(*)::int, sum(capacity_kva)::numeric(14,2)
        from {{S}}.connection_rows where utility = 'power' and completed_at is null group by 1, 2, 3
        """,
        KeyOf("wanted_month", "text", "期望接电月份", "The month users want power; 未填写 when not given."), KeyOf("provider", "text", "供电单位", "The power company.", Department),
        KeyOf("category", "text", "报装类别", "The connection class (as in the JSON API)."), Of("applications", "integer", "报装数", "Connections still to power on."),
        Of("capacity_kva", "numeric(14,2)", "报装容量（千伏安）", "Their capacity, kVA."));

    public static readonly ReportTable WaterCommitmentSummary = Catalog.View("water_commitment_summary", "供水“最后办”承诺履行情况",
        "Per water company: cost lists sent, payments outstanding, overdue (past the 60 days) and the amount outstanding.",
        $$"""
        select provider, count(*)::int, (count(*) filter (where payment_outstanding))::int, (count(*) filter (where payment_outstanding and payment_overdue))::int,
               coalesce(sum(fee_total) filter (where payment_outstanding), 0)::numeric(12,2)
        from {{S}}.connection_rows where utility = 'water' and fee_issued_at is not null group by provider
        """,
        KeyOf("provider", "text", "供水单位", "The water company.", Department), Of("cost_lists_sent", "integer", "已送达费用清单", "Cost lists sent."),
        Of("outstanding", "integer", "待履行", "Payments outstanding."), Of("overdue", "integer", "逾期未履行", "Outstanding past the 60 days."),
        Of("outstanding_amount", "numeric(12,2)", "待缴金额（元）", "Amount outstanding, CNY."));

    public static readonly ReportTable GasSpotCheckRows = Catalog.Table("gas_spot_check_rows", "燃气报装价格抽查",
        "One row per gas connection drawn for a price-compliance check (监督检查“全覆盖”), quarterly or unannounced, with its result once recorded.", exported: true,
        KeyOf("draw_id", "uuid", "抽查编号", "The draw's stream id."), KeyOf("connection_id", "uuid", "报装编号", "The connection drawn."),
        Of("kind", "text", "抽查方式", "regular (定期, the quarterly draw over at least 50 %) or unannounced (不定期, at any time)."),
        Of("year", "integer", "年度", "The year of the quarter checked (for an unannounced draw, the quarter it was made in)."),
        Of("quarter", "integer", "季度", "The quarter checked, 1–4."),
        Of("drawn_at", "timestamptz", "抽取时间", "When the draw was made."), Of("checked_at", "timestamptz", "检查时间", "When the result was recorded; null while unchecked."),
        Of("compliant", "boolean", "合规", "The fee matched the operator's published price list; null while unchecked."),
        Of("checked_by", "text", "检查部门", "The price authority that recorded the result (区经济信息委, 区发展改革委, 区市场监管局 …); null while unchecked."));

    public static readonly ReportTable GasCompliance = Catalog.View("gas_compliance_summary", "燃气报装价格合规与抽查覆盖率",
        "Per year, quarter (Beijing time) and gas operator: fees issued, connections drawn by the quarterly draw and the coverage (at least 50 %), connections drawn unannounced, and of all drawn: checked, compliant and the compliance rate.",
        $$"""
        with fees as (
            select extract(year from fee_issued_at at time zone 'Asia/Shanghai')::int as year, extract(quarter from fee_issued_at at time zone 'Asia/Shanghai')::int as quarter,
                   provider, count(*)::int as issued
            from {{S}}.connection_rows where utility = 'gas' and fee_issued_at is not null group by 1, 2, 3),
        checks as (
            select s.year, s.quarter, c.provider, (count(*) filter (where s.kind = 'regular'))::int as drawn, (count(*) filter (where s.kind = 'unannounced'))::int as unannounced,
                   count(s.checked_at)::int as checked, (count(*) filter (where s.compliant))::int as compliant
            from {{S}}.gas_spot_check_rows s join {{S}}.connection_rows c on c.connection_id = s.connection_id group by 1, 2, 3)
        select coalesce(f.year, c.year), coalesce(f.quarter, c.quarter), coalesce(f.provider, c.provider), coalesce(f.issued, 0), coalesce(c.drawn, 0),
               coalesce(round(coalesce(c.drawn, 0)::numeric / nullif(f.issued, 0), 4), 0)::numeric(7,4), coalesce(c.unannounced, 0), coalesce(c.checked, 0),
               coalesce(c.compliant, 0),
               round(c.compliant::numeric / nullif(c.checked, 0), 4)::numeric(7,4)
        from fees f full join checks c on c.year = f.year and c.quarter = f.quarter and c.provider = f.provider
        """,
        KeyOf("year", "integer", "年度", "The year (Beijing time)."), KeyOf("quarter", "integer", "季度", "The quarter, 1–4."),
        KeyOf("provider", "text", "燃气经营企业", "The gas operator.", Department), Of("fees_issued", "integer", "出具费用明细", "Connections whose fee was issued in the quarter."),
        Of("drawn", "integer", "定期抽取", "Of them, drawn by the quarter's regular draw."),
        Of("coverage", "numeric(7,4)", "抽查覆盖率", "drawn ÷ fees issued (0 when none were issued)."),
        Of("unannounced_drawn", "integer", "不定期抽取", "Connections of the operator drawn by unannounced checks made in the quarter."),
        Of("checked", "integer", "已检查", "Drawn connections (both kinds) with a result."), Of("compliant", "integer", "合规", "Of them, compliant."),
        Of("compliance_rate", "numeric(7,4)", "合规率", "compliant ÷ checked; null while none is checked."));

    public static readonly ReportTable EnergyCheckupRows = Catalog.Table("energy_checkup_rows", "用能体检", "One row per energy check-up case (enterprise, provider, year).", exported: true,
        KeyOf("checkup_id", "uuid", "体检编号", "The check-up's stream id."), Of("credit_code", "text", "统一社会信用代码", "The enterprise's credit code."),
        Of("enterprise_name", "text", "企业名称", "The enterprise."), DepartmentOf("provider", "供应单位", "The provider doing the check-up."),
        Of("kind", "text", "能源类型", "electricity, gas or water (as in the JSON API)."), Of("year", "integer", "年度", "The year whose consumption qualified it."),
        Of("measure", "numeric", "达标指标", "The qualifying measure (price per kWh, or m³ / t in the year)."), Of("reason", "text", "纳入原因", "Why it qualified."),
        Of("opened_at", "timestamptz", "开展时间", "When the check-up was opened."), MonthOf("The month the check-up was opened."),
        Of("plan_issued_at", "timestamptz", "方案出具时间", "When the one-to-one optimisation plan was issued."),
        Of("projected_annual_saving_cny", "numeric", "预计年节约（元）", "The annual saving the plan projects, CNY."));

    public static readonly ReportTable EnergyCheckupSummary = Catalog.View("energy_checkup_summary", "用能体检统计",
        "Per month of opening and provider: check-ups opened, plans issued and the annual saving they project.",
        $$"""
        select month, provider, count(*)::int, count(plan_issued_at)::int, coalesce(sum(projected_annual_saving_cny), 0)::numeric(14,2)
        from {{S}}.energy_checkup_rows group by month, provider
        """,
        KeyOf("month", "text", "月份", "The month the check-ups were opened (Beijing time).", Month), KeyOf("provider", "text", "供应单位", "The provider.", Department),
        Of("checkups", "integer", "体检数", "Check-ups opened."), Of("plans_issued", "integer", "已出具方案", "Of them, with an optimisation plan."),
        Of("projected_annual_saving_cny", "numeric(14,2)", "预计年节约（元）", "The annual saving the plans project, CNY."));
}

/// <summary>A row of <see cref="UtilitiesReports.GasCompliance"/> as the REST report reads it.</summary>
internal sealed record GasComplianceRow(int Year, int Quarter, string Provider, int FeesIssued, int Drawn, decimal Coverage, int UnannouncedDrawn, int Checked, int Compliant, decimal? ComplianceRate);

/// <summary>A row of <see cref="UtilitiesReports.ConnectionRows"/> as the REST reports read it.</summary>
public sealed record ConnectionRow(
    Guid ConnectionId, string Utility, string Provider, string Category, string CreditCode, string EnterpriseName, string Month, DateTimeOffset StartedAt,
    DateTimeOffset? CompletedAt, bool? WithinLimit, decimal? WorkingDaysTaken, bool Overdue, string? OverdueDeadline, DateTimeOffset? OverdueDueAt,
    int SupervisionNotices, DateTimeOffset? LastSupervisedAt, decimal? FeeTotal, DateTimeOffset? FeeIssuedAt, DateTimeOffset? PaymentDueAt,
    bool PaymentOutstanding, bool PaymentOverdue, decimal? CapacityKva, string? WantedMonth);
