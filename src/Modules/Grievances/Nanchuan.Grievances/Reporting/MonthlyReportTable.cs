using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.BuildingBlocks.Platform.Reports.ReportColumn;

namespace Nanchuan.Grievances.Reporting;

/// <summary>
/// 月度通报 as a plain SQL table, <c>grievances.monthly_report</c>, for reporting tools (platform rule 7): one row per month
/// and handling unit, plus the overall row with an empty <c>handling_unit_id</c>. Always the sum of the rounds' contributions
/// (<see cref="Rounds"/>, the <see cref="MonthlyReportCalculator"/>'s rules over the rounds in the <see cref="Grievance"/> snapshots),
/// so rebuilding the snapshots and the table gives the same rows as the live report.
/// </summary>
internal static class MonthlyReportTable
{
    public const string OverallUnitId = "";
    public const string OverallUnitName = "全部承办单位";

    public static readonly ReportCatalog Catalog = new("grievances", GrievancesModule.Schema, new ReportAccess(MonthlyReportEndpoints.Readers));

    /// <summary>The count columns, the same in both tables: a month's count is the sum of its rounds' contributions.</summary>
    private static readonly (ReportColumn Column, Func<MonthlyContribution, bool> Counted)[] Counts =
    [
        (Of("assigned_count", "integer", "承办量", "Rounds assigned in the month (first assignments and re-assignments)."), c => c.Assigned),
        (Of("handled_count", "integer", "办结数", "Of those rounds, how many have their handling report filed, whenever it came."), c => c.Handled),
        (Of("handled_within_limit_count", "integer", "按时办结数", "Of the handled ones, how many were filed by their deadline."), c => c.HandledWithinLimit),
        (Of("evaluation_count", "integer", "评价数", "Evaluations made in the month, of any round."), c => c.Evaluated),
        (Of("satisfied_evaluation_count", "integer", "满意数", "Of those, satisfied ones."), c => c.Satisfied),
        (Of("first_evaluation_count", "integer", "首次评价数", "Requests whose first evaluation was made in the month."), c => c.FirstEvaluated),
        (Of("first_time_satisfied_count", "integer", "首次满意数", "Of those, satisfied at the first evaluation."), c => c.FirstTimeSatisfied),
        (Of("reassignment_count", "integer", "再次交办数", "Rounds assigned in the month that were re-assignments."), c => c.Reassigned),
        (Of("overdue_count", "integer", "超期数", "Rounds assigned in the month that went overdue."), c => c.Overdue),
        (Of("closed_count", "integer", "销号数", "Requests closed in the month, for the unit of their last round."), c => c.Closed),
        (Of("enterprise_rating_count", "integer", "好差评数", "Ratings the enterprises themselves gave in the month (好差评), apart from the evaluations."), c => c.Rating is not null),
        (Of("enterprise_good_rating_count", "integer", "好评数", "Of those, 非常满意, 满意 or 基本满意."), c => c.Rating is { } rating && rating.IsGood()),
    ];

    /// <summary>The figures of a unit in declaration order: the table's columns after its key, and the monthly report's export columns.</summary>
    private static readonly (ReportColumn Column, Func<MonthlyFigures, object?> Value)[] Figures =
    [
        (Of("handling_unit_name", "text", "承办单位", "The handling unit's name; 全部承办单位 for the overall row."), f => f.HandlingUnitName ?? OverallUnitName),
        .. Counts.Zip(new Func<MonthlyFigures, object?>[]
        {
            f => f.AssignedCount, f => f.HandledCount, f => f.HandledWithinLimitCount, f => f.EvaluationCount, f => f.SatisfiedEvaluationCount,
            f => f.FirstEvaluationCount, f => f.FirstTimeSatisfiedCount, f => f.ReassignmentCount, f => f.OverdueCount, f => f.ClosedCount,
            f => f.EnterpriseRatingCount, f => f.EnterpriseGoodRatingCount,
        }, (count, value) => (count.Column, value)),
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

    /// <summary>
    /// 月度通报轮次: what each round counts in each month (<see cref="MonthlyContribution"/>), the rows <see cref="Table"/> sums. A
    /// refresh replaces only the contributions of its batch's requests and sums the months they touch in SQL, instead of loading
    /// every round of those months (docs/adr/0176).
    /// </summary>
    public static readonly ReportTable Rounds = Catalog.Table("monthly_report_round", "月度通报轮次",
        "Per month and handling round: what the round counts in that month's monthly report (each count 0 or 1); monthly_report is their sum.", exported: false,
        [
            KeyOf("year", "integer", "年", "The year."), KeyOf("month", "integer", "月", "The month (Beijing time).", ReportDimension.Month),
            KeyOf("grievance_id", "uuid", "诉求编号", "The request."), KeyOf("round", "integer", "轮次", "The handling round (1 for the first assignment)."),
            Of("handling_unit_id", "text", "承办单位编号", "The round's handling unit.", ReportDimension.Department),
            Of("handling_unit_name", "text", "承办单位", "Its name at the assignment."),
            Of("assigned_at", "timestamptz", "交办时间", "When the round was assigned."),
            .. Counts.Select(c => c.Column),
            Of("handling_working_days", "numeric", "办理工作日", "Working days from assignment to handling report, when the round was assigned in the month and handled."),
        ]);

    /// <summary>The monthly report's export columns: the table's, without the key.</summary>
    public static readonly IReadOnlyList<ExportColumn<MonthlyFigures>> ExportColumns =
        Figures.Select(f => new ExportColumn<MonthlyFigures>(f.Column.ChineseName, f.Value)).ToList();

    /// <summary>
    /// The rounds that count in a month: assigned, evaluated, rated or closed in it (local time). The snapshots are found through
    /// their duplicated, indexed first assignment and last activity (those whose rounds span the month), so a month costs the
    /// requests active around it, not the whole history; the rounds are then picked by <see cref="MonthlyContribution.In"/>.
    /// </summary>
    public static async Task<IReadOnlyList<HandlingRound>> RoundsOfMonthAsync(IQuerySession session, int year, int month, TimeZoneInfo timeZone,
        CancellationToken cancellation)
    {
        var first = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var from = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(first, timeZone));
        var to = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(first.AddMonths(1), timeZone));
        var spanning = await session.Query<Grievance>()
            .Where(g => g.FirstAssignedAtUtc < to && g.LastRoundActivityAtUtc >= from)
            .ToListAsync(cancellation);
        return spanning.SelectMany(g => g.Rounds).Where(round => MonthlyContribution.In(round, year, month, timeZone) is not null).ToList();
    }

    /// <summary>The rounds of the given requests, from their snapshots (the rounds are kept inside them, ADR 0200).</summary>
    public static async Task<IReadOnlyList<HandlingRound>> RoundsOfAsync(IQuerySession session, IReadOnlyCollection<Guid> grievanceIds, CancellationToken cancellation) =>
        (await session.LoadManyAsync<Grievance>(cancellation, grievanceIds)).SelectMany(grievance => grievance.Rounds).ToList();

    /// <summary>
    /// Replaces the contributions of the given requests in the months of <paramref name="contributions"/> (their current rounds'),
    /// in the session's transaction. A round's months only grow (its assignment, evaluation, rating and closure times are set once),
    /// so these months hold every contribution the requests had before.
    /// </summary>
    public static void QueueContributions(IDocumentSession session, IReadOnlyCollection<Guid> grievanceIds, IReadOnlyCollection<MonthlyContribution> contributions)
    {
        var ids = grievanceIds.ToArray();
        foreach (var (year, month) in contributions.Select(c => (c.Year, c.Month)).Distinct())
            Rounds.Delete(session, "year = ? and month = ? and grievance_id = any(?)", year, month, ids);
        InsertContributions(session, contributions);
    }

    /// <summary>Adds contributions, in the session's transaction: one statement for the whole batch (or a page of a rebuild), its columns as arrays.</summary>
    public static void InsertContributions(IDocumentSession session, IReadOnlyCollection<MonthlyContribution> contributions)
    {
        if (contributions.Count == 0) return;
        session.QueueSqlCommand(InsertContributionsSql,
        [
            contributions.Select(c => c.Year).ToArray(), contributions.Select(c => c.Month).ToArray(),
            contributions.Select(c => c.Round.GrievanceId).ToArray(), contributions.Select(c => c.Round.Round).ToArray(),
            contributions.Select(c => c.Round.HandlingUnitId).ToArray(), contributions.Select(c => c.Round.HandlingUnitName).ToArray(),
            contributions.Select(c => c.Round.AssignedAt.ToUniversalTime()).ToArray(),
            .. Counts.Select(count => contributions.Select(c => count.Counted(c) ? 1 : 0).ToArray()),
            contributions.Select(c => c.HandlingWorkingDays).ToArray(),
        ]);
    }

    private static readonly string InsertContributionsSql =
        $"insert into {Rounds.QualifiedName} ({string.Join(", ", Rounds.Columns.Select(c => c.Name))}) " +
        $"select * from unnest({string.Join(", ", Rounds.Columns.Select(c => $"?::{c.Type}[]"))})";

    /// <summary>
    /// Replaces the rows of one month with the sums of its contributions, in the session's transaction and in SQL: what
    /// <see cref="MonthlyReportCalculator"/> adds up in memory (the unit's name is that of its latest assignment, a rate null
    /// when its denominator is 0, rates to 4 decimals and the average to 2, midpoint away from zero as PostgreSQL rounds).
    /// </summary>
    public static void QueueSum(IDocumentSession session, int year, int month)
    {
        Table.Delete(session, "year = ? and month = ?", year, month);
        session.QueueSqlCommand(SumSql, OverallUnitId, OverallUnitName, year, month);
    }

    private static readonly string SumSql = $"""
        insert into {Table.QualifiedName} ({string.Join(", ", Table.Columns.Select(c => c.Name))})
        select year, month, unit, name, {string.Join(", ", Counts.Select(c => c.Column.Name))},
          round(handled_count::numeric / nullif(assigned_count, 0), 4), round(handled_within_limit_count::numeric / nullif(handled_count, 0), 4),
          round(satisfied_evaluation_count::numeric / nullif(evaluation_count, 0), 4),
          round(first_time_satisfied_count::numeric / nullif(first_evaluation_count, 0), 4),
          round(enterprise_good_rating_count::numeric / nullif(enterprise_rating_count, 0), 4), days
        from (
          select year, month, coalesce(handling_unit_id, ?) as unit,
            case when grouping(handling_unit_id) = 1 then ? else (array_agg(handling_unit_name order by assigned_at desc))[1] end as name,
            {string.Join(", ", Counts.Select(c => $"sum({c.Column.Name})::integer as {c.Column.Name}"))},
            round(avg(handling_working_days), 2) as days
          from {Rounds.QualifiedName} where year = ? and month = ?
          group by year, month, grouping sets ((handling_unit_id), ())) sums
        where assigned_count + evaluation_count + enterprise_rating_count + closed_count > 0
        """;
}
