using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.Licensing.Reports.LicensingTables;

namespace Nanchuan.Licensing.ServiceZones;

public static class ZoneQueueReport
{
    private static readonly IReadOnlyList<ExportColumn<ZoneDayFigures>> Columns =
    [
        new("日期", r => r.Day), new("专区编码", r => r.ZoneCode), new("专区", r => r.ZoneName), new("取号数", r => r.Tickets),
        new("绿色通道", r => r.GreenTickets), new("已办理", r => r.Served), new("过号", r => r.NoShows), new("等候中", r => r.Waiting),
        new("平均等候（分钟）", r => r.AverageWaitMinutes), new("绿色通道平均等候（分钟）", r => r.AverageGreenWaitMinutes),
    ];

    [WolverineGet("/api/licensing/zones/report")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("专区排队统计 / Queue figures per zone and day")]
    [EndpointDescription("Per zone and day (`day` yyyy-MM-dd limits it to one day): tickets, green-channel tickets, served, no-shows, still waiting, and the average minutes "
        + "from ticket to call, overall and for the green channel (2 decimals). `format=csv` or `xlsx` downloads it; the tickets are also the SQL table licensing.queue_ticket_rows.")]
    [ProducesResponseType<List<ZoneDayFigures>>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Get(string? day, string? format, IQuerySession session, CancellationToken cancellation)
    {
        var date = ZoneQueueEndpoints.ParseDay(day);
        var figures = await FiguresAsync(session, date, cancellation);
        var queues = session.Query<ZoneQueue>().AsQueryable();
        if (date is { } only) queues = queues.Where(q => q.Day == only);
        // The zone's name as its queue was opened that day (a zone renamed since keeps its old name on its old days).
        var names = (await queues.Select(q => new { q.ZoneCode, q.Day, q.ZoneName }).ToListAsync(cancellation))
            .ToDictionary(q => (q.ZoneCode, q.Day), q => q.ZoneName);
        return TabularReply.For(format, "licensing-zone-queues",
            figures.Select(f => f.Named(names.GetValueOrDefault((f.ZoneCode, f.Day), f.ZoneCode))).ToList(), Columns);
    }

    /// <summary>
    /// The figures counted by PostgreSQL, one row per zone and day, so the report of every day reads one row a day, not every
    /// ticket ever taken. A wait is from ticket to call, in minutes, averaged over the called tickets and rounded half away from
    /// zero to 2 decimals (<c>round</c> on numeric), trailing zeros dropped.
    /// </summary>
    private static async Task<IReadOnlyList<DayFigures>> FiguresAsync(IQuerySession session, DateOnly? day, CancellationToken cancellation) =>
        await ReportReader.ReadAsync<DayFigures>(session, $"""
            select zone_code, day, count(*) as tickets, count(*) filter (where green) as green_tickets,
                   count(*) filter (where outcome = 'served') as served, count(*) filter (where outcome = 'noShow') as no_shows,
                   count(*) filter (where outcome is null and called_at is null) as waiting,
                   trim_scale(round(avg(extract(epoch from called_at - taken_at) / 60), 2)) as average_wait_minutes,
                   trim_scale(round(avg(extract(epoch from called_at - taken_at) / 60) filter (where green), 2)) as average_green_wait_minutes
            from {QueueTicketRows.QualifiedName}{(day is null ? "" : " where day = ?")}
            group by day, zone_code order by day, zone_code
            """, cancellation, day is { } only ? [only] : []);

    private sealed record DayFigures(
        string ZoneCode, DateOnly Day, int Tickets, int GreenTickets, int Served, int NoShows, int Waiting, decimal? AverageWaitMinutes, decimal? AverageGreenWaitMinutes)
    {
        public ZoneDayFigures Named(string zoneName) =>
            new(Day, ZoneCode, zoneName, Tickets, GreenTickets, Served, NoShows, Waiting, AverageWaitMinutes, AverageGreenWaitMinutes);
    }
}
