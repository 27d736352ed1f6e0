namespace Nanchuan.Licensing.ServiceZones;

public enum TicketStatus { Waiting, Called, Served, NoShow }

/// <summary>One ticket of a zone's queue and where it stands.</summary>
public sealed record QueueTicket(
    int Number, string Label, string Purpose, string? CreditCode, bool Green, string? GreenReason, string? GreenNote, DateTimeOffset TakenAt,
    TicketStatus Status = TicketStatus.Waiting, string? Window = null, DateTimeOffset? CalledAt = null, DateTimeOffset? ClosedAt = null);

/// <summary>A zone's queue of one day (专区排队): its stream is locked while a ticket is taken or called, so numbers have no gap and two windows never call the same ticket.</summary>
public sealed class ZoneQueue
{
    public Guid Id { get; set; }
    public string ZoneCode { get; set; } = "";
    public string ZoneName { get; set; } = "";
    public DateOnly Day { get; set; }
    public List<QueueTicket> Tickets { get; set; } = [];

    /// <summary>Waiting tickets in the order they are called: green channel first, then first come, first served.</summary>
    public IEnumerable<QueueTicket> CallOrder => Tickets.Where(t => t.Status == TicketStatus.Waiting).OrderBy(t => t.Green ? 0 : 1).ThenBy(t => t.Number);

    public void Apply(ZoneQueueOpened e)
    {
        Id = e.QueueId;
        ZoneCode = e.ZoneCode;
        ZoneName = e.ZoneName;
        Day = e.Day;
    }

    public void Apply(QueueTicketTaken e) =>
        Tickets.Add(new QueueTicket(e.Number, e.Label, e.Purpose, e.CreditCode, e.Green, e.GreenReason, e.GreenNote, e.TakenAt));

    public void Apply(QueueTicketCalled e) => Replace(e.Number, t => t with { Status = TicketStatus.Called, Window = e.Window, CalledAt = e.CalledAt });

    public void Apply(QueueTicketClosed e) =>
        Replace(e.Number, t => t with { Status = e.Outcome == TicketOutcome.Served ? TicketStatus.Served : TicketStatus.NoShow, ClosedAt = e.ClosedAt });

    private void Replace(int number, Func<QueueTicket, QueueTicket> change) => Tickets[number - 1] = change(Tickets[number - 1]);
}
