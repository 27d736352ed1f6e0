namespace Nanchuan.Licensing.ServiceZones;

public enum TicketStatus { Waiting, Called, Served, NoShow }

/// <summary>One ticket of a zone's queue and where it stands.</summary>
public sealed record QueueTicket(
    int Number, string Label, string Purpose, string? CreditCode, bool Green, string? GreenReason, string? GreenNote, DateTimeOffset TakenAt,
    TicketStatus Status = TicketStatus.Waiting, string? Window = null, DateTimeOffset? CalledAt = null, DateTimeOffset? ClosedAt = null)
{
    public static QueueTicket Of(QueueTicketTaken e) => new(e.Number, e.Label, e.Purpose, e.CreditCode, e.Green, e.GreenReason, e.GreenNote, e.TakenAt);

    public QueueTicket After(QueueTicketCalled e) => this with { Status = TicketStatus.Called, Window = e.Window, CalledAt = e.CalledAt };

    public QueueTicket After(QueueTicketClosed e) =>
        this with { Status = e.Outcome == TicketOutcome.Served ? TicketStatus.Served : TicketStatus.NoShow, ClosedAt = e.ClosedAt };

    /// <summary>Waiting tickets in the order they are called: green channel first, then first come, first served.</summary>
    public static IEnumerable<QueueTicket> CallOrder(IEnumerable<QueueTicket> tickets) =>
        tickets.Where(t => t.Status == TicketStatus.Waiting).OrderBy(t => t.Green ? 0 : 1).ThenBy(t => t.Number);
}

/// <summary>
/// A zone's queue of one day (专区排队), as its decisions need it: its stream is locked while a ticket is taken or called, so
/// numbers have no gap and two windows never call the same ticket. It holds the tickets still open (waiting or called), how
/// many were taken and which closed ones were no-shows; a closed ticket leaves it, so a ticket costs the same at the end of a
/// busy day as at its start (ADR 0256). The day's every ticket is a row of <c>licensing.queue_ticket_rows</c> (<see cref="ZoneQueueDay"/>).
/// </summary>
public sealed class ZoneQueue
{
    public Guid Id { get; set; }
    public string ZoneCode { get; set; } = "";
    public string ZoneName { get; set; } = "";
    public DateOnly Day { get; set; }
    public int TicketsTaken { get; set; }
    public List<QueueTicket> Open { get; set; } = [];
    public List<int> NoShows { get; set; } = [];

    public IEnumerable<QueueTicket> CallOrder => QueueTicket.CallOrder(Open);

    public void Apply(ZoneQueueOpened e)
    {
        Id = e.QueueId;
        ZoneCode = e.ZoneCode;
        ZoneName = e.ZoneName;
        Day = e.Day;
    }

    public void Apply(QueueTicketTaken e)
    {
        TicketsTaken = e.Number;
        Open.Add(QueueTicket.Of(e));
    }

    public void Apply(QueueTicketCalled e)
    {
        var at = Open.FindIndex(t => t.Number == e.Number);
        Open[at] = Open[at].After(e);
    }

    public void Apply(QueueTicketClosed e)
    {
        Open.RemoveAll(t => t.Number == e.Number);
        if (e.Outcome == TicketOutcome.NoShow) NoShows.Add(e.Number);
    }

    /// <summary>Where ticket <paramref name="number"/> of the day stands; null when no such ticket was taken.</summary>
    public TicketStatus? StatusOf(int number) =>
        number < 1 || number > TicketsTaken ? null
        : Open.FirstOrDefault(t => t.Number == number)?.Status ?? (NoShows.Contains(number) ? TicketStatus.NoShow : TicketStatus.Served);
}
