using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportColumn;

namespace Nanchuan.Grievances.Reporting;

/// <summary>
/// 月度通报 as a plain SQL table, <c>grievances.monthly_report</c>, for reporting tools (platform rule 7): one row per month
/// and handling unit, plus the overall row with an empty <c>handling_unit_id</c>. Always the <see cref="MonthlyReportCalculator"/>
/// over the <see cref="HandlingRoundRow"/> projection, so rebuilding the projection and the table gives the same rows.
/// </summary>
internal static class MonthlyReportTable
{
    public const string OverallUnitId = "";
    public const string OverallUnitName = "全部承办单位";

    public static readonly ReportCatalog Catalog = new("grievances", GrievancesModule.Schema, new ReportAccess(MonthlyReportEndpoints.Readers));

    /// <summary>The figures of a unit in declaration order: the table's columns after its key, and the monthly report's export columns.</summary>
    private static readonly (ReportColumn Column, Func<MonthlyFigures, object?> Value)[] Figures =
    [
        (Of("handling_unit_name", "text", "承办单位", "The handling unit's name; 全部承办单位 for the overall row."), f => f.HandlingUnitName ?? OverallUnitName),
        (Of("assigned_count", "integer", "承办量", "Rounds assigned in the month (first assignments and re-assignments)."), f => f.AssignedCount),
        (Of("handled_count", "integer", "办结数", "Of those rounds, how many have their handling report filed, whenever it came."), f => f.HandledCount),
        (Of("handled_within_limit_count", "integer", "按时办结数", "Of the handled ones, how many were filed by their deadline."), f => f.HandledWithinLimitCount),
        (Of("evaluation_count", "integer", "评价数", "Evaluations made in the month, of any round."), f => f.EvaluationCount),
        (Of("satisfied_evaluation_count", "integer", "满意数", "Of those, satisfied ones."), f => f.SatisfiedEvaluationCount),
        (Of("first_evaluation_count", "integer", "首次评价数", "Requests whose first evaluation was made in the month."), f => f.FirstEvaluationCount),
        (Of("first_time_satisfied_count", "integer", "首次满意数", "Of those, satisfied at the first evaluation."), f => f.FirstTimeSatisfiedCount),
        (Of("reassignment_count", "integer", "再次交办数", "Rounds assigned in the month that were re-assignments."), f => f.ReassignmentCount),
        (Of("overdue_count", "integer", "超期数", "Rounds assigned in the month that went overdue."), f => f.OverdueCount),
        (Of("closed_count", "integer", "销号数", "Requests closed in the month, for the unit of their last round."), f => f.ClosedCount),
        (Of("enterprise_rating_count", "integer", "好差评数", "Ratings the enterprises themselves gave in the month (好差评), apart from the evaluations."), f => f.EnterpriseRatingCount),
        (Of("enterprise_good_rating_count", "integer", "好评数", "Of those, 非常满意, 满意 or 基本满意."), f => f.EnterpriseGoodRatingCount),
        (Of("completion_rate", "numeric(7,4)", "办结率", "handled ÷ assigned."), f => f.CompletionRate),
        (Of("timeliness_rate", "numeric(7,4)", "及时率", "handled within limit ÷ handled."), f => f.TimelinessRate),
        (Of("satisfaction_rate", "numeric(7,4)", "满意率", "satisfied ÷ evaluations."), f => f.SatisfactionRate),
        (Of("first_time_satisfaction_rate", "numeric(7,4)", "首次满意率", "first-time satisfied ÷ first evaluations."), f => f.FirstTimeSatisfactionRate),
        (Of("enterprise_satisfaction_rate", "numeric(7,4)", "好差评满意率", "good ratings ÷ ratings, the platform's 好差评 figure."), f => f.EnterpriseSatisfactionRate),
        (Of("average_handling_working_days", "numeric(9,2)", "平均办理工作日", "Mean working days from assignment to handling report over the handled rounds."),
            f => f.AverageHandlingWorkingDays),
    ];

    public static readonly ReportTable Table = Catalog.Table("monthly_report", "月度通报",
        "Per handling unit and overall, per month (Beijing time): the monthly report on assignment slips. A rate is null when its denominator is 0.", exported: true,
        [
            KeyOf("year", "integer", "年", "The year."), KeyOf("month", "integer", "月", "The month (Beijing time).", ReportDimension.Month),
            KeyOf("handling_unit_id", "text", "承办单位编号", "The handling unit; '' for the overall row.", ReportDimension.Department),
            .. Figures.Select(f => f.Column),
        ]);

    /// <summary>The monthly report's export columns: the table's, without the key.</summary>
    public static readonly IReadOnlyList<ExportColumn<MonthlyFigures>> ExportColumns =
        Figures.Select(f => new ExportColumn<MonthlyFigures>(f.Column.ChineseName, f.Value)).ToList();

    /// <summary>
    /// The rounds that count in a month: assigned, evaluated, rated or closed in it (local time). Read through the duplicated,
    /// indexed times, so a month costs what it holds, not the whole history (bench/RESULTS.md, S7 lag).
    /// </summary>
    public static async Task<IReadOnlyList<HandlingRound>> RoundsOfMonthAsync(IQuerySession session, int year, int month, TimeZoneInfo timeZone,
        CancellationToken cancellation)
    {
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var from = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(first, timeZone));
        var to = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(first.AddMonths(1), timeZone));
        var rows = await session.Query<HandlingRoundRow>()
            .Where(r => (r.Round.AssignedAt >= from && r.Round.AssignedAt < to)
                        || (r.Round.EvaluatedAt >= from && r.Round.EvaluatedAt < to)
                        || (r.Round.EnterpriseRatedAt >= from && r.Round.EnterpriseRatedAt < to)
                        || (r.Round.ClosedAt >= from && r.Round.ClosedAt < to))
            .ToListAsync(cancellation);
        return rows.Select(row => row.Round).ToList();
    }

    /// <summary>The rounds of one request.</summary>
    public static async Task<IReadOnlyList<HandlingRound>> RoundsOfAsync(IQuerySession session, IReadOnlyCollection<Guid> grievanceIds, CancellationToken cancellation) =>
        (await session.Query<HandlingRoundRow>().Where(r => grievanceIds.Contains(r.Round.GrievanceId)).ToListAsync(cancellation)).Select(row => row.Round).ToList();

    /// <summary>The months a request's rounds count in: assignment, evaluation, rating and closure months.</summary>
    public static IEnumerable<(int Year, int Month)> MonthsOf(IEnumerable<HandlingRound> rounds, IWorkingDayCalendar calendar) =>
        rounds.SelectMany(r => new[] { r.AssignedAt, r.EvaluatedAt, r.EnterpriseRatedAt, r.ClosedAt })
            .OfType<DateTimeOffset>()
            .Select(at => calendar.LocalDay(at))
            .Select(day => (day.Year, day.Month))
            .Distinct();

    /// <summary>Replaces the rows of one month, in the session's transaction.</summary>
    public static void QueueReplace(IDocumentSession session, MonthlyReport report)
    {
        Table.Delete(session, "year = ? and month = ?", report.Year, report.Month);
        foreach (var figures in report.ByHandlingUnit.Prepend(report.Overall))
        {
            if (figures.AssignedCount + figures.EvaluationCount + figures.EnterpriseRatingCount + figures.ClosedCount == 0) continue;
            Table.Upsert(session,
            [
                ("year", report.Year), ("month", report.Month), ("handling_unit_id", figures.HandlingUnitId ?? OverallUnitId),
                .. Figures.Select(f => (f.Column.Name, f.Value(figures))),
            ]);
        }
    }
}
