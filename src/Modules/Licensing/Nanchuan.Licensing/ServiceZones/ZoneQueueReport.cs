using Nanchuan.BuildingBlocks.Platform.Reports;

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
        var tickets = await ZoneQueueDay.TicketsAsync(session, null, date, cancellation);
        var queues = session.Query<ZoneQueue>().AsQueryable();
        if (date is { } only) queues = queues.Where(q => q.Day == only);
        // The zone's name as its queue was opened that day (a zone renamed since keeps its old name on its old days).
        var names = (await queues.Select(q => new { q.ZoneCode, q.Day, q.ZoneName }).ToListAsync(cancellation))
            .ToDictionary(q => (q.ZoneCode, q.Day), q => q.ZoneName);
        return TabularReply.For(format, "licensing-zone-queues", Compute(tickets, names), Columns);
    }

    public static IReadOnlyList<ZoneDayFigures> Compute(
        IEnumerable<(string ZoneCode, DateOnly Day, QueueTicket Ticket)> tickets, IReadOnlyDictionary<(string, DateOnly), string> names) =>
        tickets.GroupBy(t => (t.ZoneCode, t.Day), t => t.Ticket).OrderBy(q => q.Key.Day).ThenBy(q => q.Key.ZoneCode).Select(q => new ZoneDayFigures(
            q.Key.Day, q.Key.ZoneCode, names.GetValueOrDefault(q.Key, q.Key.ZoneCode), q.Count(), q.Count(t => t.Green), q.Count(t => t.Status == TicketStatus.Served),
            q.Count(t => t.Status == TicketStatus.NoShow), q.Count(t => t.Status == TicketStatus.Waiting),
            AverageWait(q), AverageWait(q.Where(t => t.Green)))).ToList();

    private static decimal? AverageWait(IEnumerable<QueueTicket> tickets)
    {
        var waits = tickets.Where(t => t.CalledAt is not null).Select(t => (decimal)(t.CalledAt!.Value - t.TakenAt).TotalMinutes).ToList();
        return waits.Count == 0 ? null : Math.Round(waits.Average(), 2, MidpointRounding.AwayFromZero);
    }
}
