using Nanchuan.BuildingBlocks.Platform.Reports;
using static Nanchuan.Licensing.Reports.LicensingTables;

namespace Nanchuan.Licensing.ServiceZones;

/// <summary>
/// A zone's queue of a day as the hall sees it: every ticket of the day with its status, window and times, read from the
/// ticket rows the queue's events write in their own transaction (<see cref="QueueTicketTable"/>), so it shows every ticket
/// taken, called or closed before the request; <c>callOrder</c> is who is called next.
/// </summary>
public sealed record ZoneQueueDay(string ZoneCode, string ZoneName, DateOnly Day, IReadOnlyList<QueueTicket> Tickets)
{
    public IEnumerable<QueueTicket> CallOrder => QueueTicket.CallOrder(Tickets);

    /// <summary>The tickets of one zone and day, in number order.</summary>
    internal static async Task<IReadOnlyList<QueueTicket>> TicketsAsync(IQuerySession session, string zoneCode, DateOnly day, CancellationToken cancellation)
    {
        var rows = await ReportReader.ReadAsync<TicketRow>(session,
            $"select * from {QueueTicketRows.QualifiedName} where zone_code = ? and day = ? order by number", cancellation, zoneCode, day);
        return [.. rows.Select(r => r.Ticket())];
    }

    /// <summary>A row's columns this view shows (the zone and day are the query's own).</summary>
    private sealed record TicketRow(
        int Number, string Label, string Purpose, string? CreditCode, bool Green, string? GreenReason, string? GreenNote,
        DateTimeOffset TakenAt, string? WindowName, DateTimeOffset? CalledAt, string? Outcome, DateTimeOffset? ClosedAt)
    {
        public QueueTicket Ticket() => new(Number, Label, Purpose, CreditCode, Green, GreenReason, GreenNote, TakenAt,
            Outcome switch
            {
                "served" => TicketStatus.Served,
                "noShow" => TicketStatus.NoShow,
                _ => CalledAt is null ? TicketStatus.Waiting : TicketStatus.Called,
            },
            WindowName, CalledAt, ClosedAt);
    }
}
