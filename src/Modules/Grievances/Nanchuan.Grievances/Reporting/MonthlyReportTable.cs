using Marten;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.Grievances.Domain;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Nanchuan.Grievances.Reporting;

/// <summary>
/// 月度通报 as a plain SQL table, <c>grievances.monthly_report</c>, for reporting tools (platform rule 7): one row per month
/// and handling unit, plus the overall row with an empty <c>handling_unit_id</c>. Always the <see cref="MonthlyReportCalculator"/>
/// over the <see cref="HandlingRoundRow"/> projection, so rebuilding the projection and the table gives the same rows.
/// </summary>
public static class MonthlyReportTable
{
    public const string Name = "monthly_report";
    public const string OverallUnitId = "";

    public static Table Definition()
    {
        var table = new Table(new PostgresqlObjectName(GrievancesModule.Schema, Name, Weasel.Postgresql.SchemaUtils.IdentifierUsage.General));
        table.AddColumn<int>("year").AsPrimaryKey();
        table.AddColumn<int>("month").AsPrimaryKey();
        table.AddColumn<string>("handling_unit_id").AsPrimaryKey();
        table.AddColumn<string>("handling_unit_name").NotNull();
        foreach (var count in Counts) table.AddColumn<int>(count).NotNull();
        foreach (var rate in Rates) table.AddColumn(rate, "numeric(7,4)");
        table.AddColumn("average_handling_working_days", "numeric(9,2)");
        return table;
    }

    private static readonly string[] Counts =
    [
        "assigned_count", "handled_count", "handled_within_limit_count", "evaluation_count", "satisfied_evaluation_count",
        "first_evaluation_count", "first_time_satisfied_count", "reassignment_count", "overdue_count", "closed_count",
    ];

    private static readonly string[] Rates = ["completion_rate", "timeliness_rate", "satisfaction_rate", "first_time_satisfaction_rate"];

    /// <summary>
    /// The rounds that count in a month: assigned, evaluated or closed in it (local time). Read through the duplicated,
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
                        || (r.Round.ClosedAt >= from && r.Round.ClosedAt < to))
            .ToListAsync(cancellation);
        return rows.Select(row => row.Round).ToList();
    }

    /// <summary>The rounds of one request.</summary>
    public static async Task<IReadOnlyList<HandlingRound>> RoundsOfAsync(IQuerySession session, IReadOnlyCollection<Guid> grievanceIds, CancellationToken cancellation) =>
        (await session.Query<HandlingRoundRow>().Where(r => grievanceIds.Contains(r.Round.GrievanceId)).ToListAsync(cancellation)).Select(row => row.Round).ToList();

    /// <summary>The months a request's rounds count in: assignment, evaluation and closure months.</summary>
    public static IEnumerable<(int Year, int Month)> MonthsOf(IEnumerable<HandlingRound> rounds, IWorkingDayCalendar calendar) =>
        rounds.SelectMany(r => new[] { r.AssignedAt, r.EvaluatedAt, r.ClosedAt })
            .OfType<DateTimeOffset>()
            .Select(at => calendar.LocalDay(at))
            .Select(day => (day.Year, day.Month))
            .Distinct();

    /// <summary>Replaces the rows of one month, in the session's transaction.</summary>
    public static void QueueReplace(IDocumentSession session, MonthlyReport report)
    {
        session.QueueSqlCommand($"delete from {GrievancesModule.Schema}.{Name} where year = ? and month = ?", report.Year, report.Month);
        foreach (var figures in report.ByHandlingUnit.Prepend(report.Overall))
        {
            if (figures.AssignedCount + figures.EvaluationCount + figures.ClosedCount == 0) continue;
            session.QueueSqlCommand(
                $"insert into {GrievancesModule.Schema}.{Name} values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::numeric, ?::numeric, ?::numeric, ?::numeric, ?::numeric)",
                report.Year, report.Month, figures.HandlingUnitId ?? OverallUnitId, figures.HandlingUnitName ?? "全部承办单位",
                figures.AssignedCount, figures.HandledCount, figures.HandledWithinLimitCount, figures.EvaluationCount,
                figures.SatisfiedEvaluationCount, figures.FirstEvaluationCount, figures.FirstTimeSatisfiedCount, figures.ReassignmentCount,
                figures.OverdueCount, figures.ClosedCount,
                Nullable(figures.CompletionRate), Nullable(figures.TimelinessRate), Nullable(figures.SatisfactionRate),
                Nullable(figures.FirstTimeSatisfactionRate), Nullable(figures.AverageHandlingWorkingDays));
        }
    }

    /// <summary>Npgsql needs a typed null; the SQL casts the text back to numeric.</summary>
    private static object Nullable(decimal? value) =>
        value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (object)DBNull.Value;
}
