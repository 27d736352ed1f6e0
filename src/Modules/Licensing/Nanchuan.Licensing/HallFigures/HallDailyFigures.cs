using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Licensing.Reports;

namespace Nanchuan.Licensing.HallFigures;

/// <summary>
/// One day of the service hall (Asia/Shanghai), for one department or the whole hall (department ""): visitors (来访人次),
/// applications received (接件), immediate items among them (即办件), those finished so far (办结), those finished within the
/// promised limit, the completion rate (办结率 = finished ÷ received) and the share finished within the promised limit
/// (finished within ÷ finished).
/// </summary>
public sealed record HallDayFigures(
    DateOnly Day, string Department, int Visitors, int Received, int Immediate, int Finished, int FinishedWithinPromised,
    decimal? CompletionRate, decimal? WithinPromisedRate);

/// <summary>The period's totals for the whole hall, its average visitors per day with figures, and the days.</summary>
public sealed record HallFiguresReport(
    DateOnly From, DateOnly To, int Visitors, decimal? AverageDailyVisitors, int Received, int Immediate, int Finished, int FinishedWithinPromised,
    decimal? CompletionRate, decimal? WithinPromisedRate, IReadOnlyList<HallDayFigures> Days)
{
    public static HallFiguresReport Of(DateOnly from, DateOnly to, IReadOnlyList<HallDayFigures> days)
    {
        var hall = days.Where(d => d.Department == "").ToList();
        int Sum(Func<HallDayFigures, int> figure) => hall.Sum(figure);
        return new HallFiguresReport(from, to, Sum(d => d.Visitors),
            hall.Count == 0 ? null : Math.Round((decimal)Sum(d => d.Visitors) / hall.Count, 2, MidpointRounding.AwayFromZero),
            Sum(d => d.Received), Sum(d => d.Immediate), Sum(d => d.Finished), Sum(d => d.FinishedWithinPromised),
            Ratio(Sum(d => d.Finished), Sum(d => d.Received)), Ratio(Sum(d => d.FinishedWithinPromised), Sum(d => d.Finished)), days);
    }

    private static decimal? Ratio(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);
}

public static class HallDailyFiguresEndpoint
{
    [WolverineGet("/api/licensing/hall/daily-figures")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("政务服务大厅每日数据 / The service hall's daily figures")]
    [EndpointDescription("Days from `from` to `to` (Asia/Shanghai dates, inclusive, at most 366 days), per department and for the whole hall (department \"\"), "
        + "optionally of one `department`; totals of the whole hall over the period. Applications count on the day they were received; visitors on the day of the visit. "
        + "Same rows as the SQL table licensing.hall_daily_figures.")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<HallFiguresReport> Get(DateOnly? from, DateOnly? to, string? department, IQuerySession session, CancellationToken cancellation)
    {
        DateRange.Validate(from, to, required: true);
        var rows = await ReportReader.ReadAsync<HallDayFigures>(session,
            $"select * from {LicensingTables.HallDailyFigures.QualifiedName} where day between ? and ? order by day, department", cancellation, from!.Value, to!.Value);
        var days = string.IsNullOrWhiteSpace(department) ? rows : rows.Where(r => r.Department == "" || r.Department == department.Trim()).ToList();
        return HallFiguresReport.Of(from.Value, to.Value, days);
    }
}
