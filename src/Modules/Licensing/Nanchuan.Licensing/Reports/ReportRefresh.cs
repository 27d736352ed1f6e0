using Marten;
using Nanchuan.Licensing.StaffAssessment;

namespace Nanchuan.Licensing.Reports;

/// <summary>
/// The report tables recomputed in SQL from the fact tables, queued after the fact rows in the same transaction. Each statement
/// takes a key query (<c>{key}</c>, one parameter) selecting what to recompute. Rates are ratios with 4 decimals, null when
/// their denominator is 0; averages have 2 decimals; PostgreSQL's round() rounds half away from zero, as the REST figures do.
/// </summary>
public static class ReportRefresh
{
    private const string S = ReportTable.Schema;

    /// <summary>The hall's figures of the days the key query selects, per department and for the whole hall (department '').</summary>
    public static void HallDays(IDocumentOperations operations, string dayQuery, object key)
    {
        Queue(operations, $"delete from {S}.hall_daily_figures where day in ({{key}})", dayQuery, key);
        Queue(operations, $$"""
            insert into {{S}}.hall_daily_figures (day, department, visitors, received, immediate, finished, finished_within_promised, completion_rate, within_promised_rate)
            select day, case when grouping(department) = 1 then '' else department end, sum(visitors), sum(received), sum(immediate), sum(finished), sum(within_promised),
                   round(sum(finished)::numeric / nullif(sum(received), 0), 4), round(sum(within_promised)::numeric / nullif(sum(finished), 0), 4)
            from (
                select v.day, coalesce(v.department, a.department) as department, v.visitors, 0 as received, 0 as immediate, 0 as finished, 0 as within_promised
                from {{S}}.hall_visit_rows v left join {{S}}.application_rows a on a.application_id = v.application_id
                where v.day in ({key})
                union all
                select a.received_day, a.department, 0, 1, case when i.immediate then 1 else 0 end,
                       case when a.finished_at is not null then 1 else 0 end, case when a.finished_at <= a.due_at then 1 else 0 end
                from {{S}}.application_rows a left join {{S}}.catalogue_items i on i.item_id = a.item_id
                where a.received_day in ({key})
            ) f
            group by grouping sets ((day, department), (day))
            """, dayQuery, key);
    }

    public const string GivenDay = "select ?::date";
    public const string ReceivedDayOfApplication = $"select received_day from {S}.application_rows where application_id = ?";

    /// <summary>最多跑一次 per department and overall (department ''): finished applications and those finished with at most one visit.</summary>
    public static void OneTrip(IDocumentOperations operations)
    {
        operations.QueueSqlCommand($"delete from {S}.one_trip_report");
        operations.QueueSqlCommand($$"""
            insert into {{S}}.one_trip_report (department, finished, within_one_trip, one_trip_rate)
            select case when grouping(department) = 1 then '' else department end, count(*), count(*) filter (where visits <= 1),
                   round((count(*) filter (where visits <= 1))::numeric / nullif(count(*), 0), 4)
            from {{S}}.application_rows where finished_at is not null
            group by grouping sets ((department), ())
            """);
    }

    /// <summary>The per-point registration report of the points the key query selects.</summary>
    public static void ServicePoints(IDocumentOperations operations, string pointQuery, object key)
    {
        Queue(operations, $"delete from {S}.registration_report where service_point in ({{key}})", pointQuery, key);
        Queue(operations, $$"""
            insert into {{S}}.registration_report (service_point, consultations, registrations, issued, average_working_days_to_licence, share_within_half_day)
            select p.service_point, (select count(*) from {{S}}.consultation_rows c where c.service_point = p.service_point),
                   r.registrations, r.issued, r.average_working_days, r.share_within_half_day
            from ({key}) p(service_point)
            cross join lateral (
                select count(*) as registrations, count(issued_at) as issued, round(avg(working_days_taken), 2) as average_working_days,
                       round((count(*) filter (where within_limit))::numeric / nullif(count(issued_at), 0), 4) as share_within_half_day
                from {{S}}.registration_rows where service_point = p.service_point) r
            """, pointQuery, key);
    }

    public const string GivenPoint = "select ?::text";
    public const string PointOfRegistration = $"select service_point from {S}.registration_rows where registration_id = ?";

    /// <summary>The catalogue's averages and online-availability rate (one row, scope 'all').</summary>
    public static void CatalogueSummary(IDocumentOperations operations)
    {
        operations.QueueSqlCommand($"delete from {S}.catalogue_summary");
        operations.QueueSqlCommand($$"""
            insert into {{S}}.catalogue_summary (scope, items, average_compression, average_enterprise_compression, online_rate)
            select 'all', count(*), round(avg(compression), 4), round(avg(compression) filter (where concerns_enterprises), 4),
                   round((count(*) filter (where online))::numeric / nullif(count(*), 0), 4)
            from {{S}}.catalogue_items
            """);
    }

    /// <summary>The month of the deduction with the given id: counts, points and score; the interview and return flags come from their events.</summary>
    public static void StaffMonthOfDeduction(IDocumentOperations operations, Guid deductionId) => operations.QueueSqlCommand($$"""
        insert into {{S}}.staff_monthly_results (staff_id, year, month, deductions, points_deducted, score, complaints, explanations_outstanding, interview, returned_to_home_unit)
        select staff_id, year, month, count(*), sum(points), {{StaffScorecard.MonthlyPoints}} - sum(points), count(complaint),
               count(*) filter (where complaint is not null and explanation is null), false, false
        from {{S}}.staff_deduction_rows
        where (staff_id, year, month) in (select staff_id, year, month from {{S}}.staff_deduction_rows where deduction_id = ?)
        group by staff_id, year, month
        on conflict (staff_id, year, month) do update set deductions = excluded.deductions, points_deducted = excluded.points_deducted,
            score = excluded.score, complaints = excluded.complaints, explanations_outstanding = excluded.explanations_outstanding
        """, deductionId);

    private static void Queue(IDocumentOperations operations, string template, string keyQuery, object key)
    {
        var sql = template.Replace("{key}", keyQuery);
        operations.QueueSqlCommand(sql, Enumerable.Repeat(ReportTable.Parameter(key), sql.Count(c => c == '?')).ToArray());
    }
}
