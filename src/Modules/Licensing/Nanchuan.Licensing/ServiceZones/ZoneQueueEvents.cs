namespace Nanchuan.Licensing.ServiceZones;

/// <summary>A zone's queue for one day (Asia/Shanghai) was opened, at its first ticket.</summary>
public sealed record ZoneQueueOpened(Guid QueueId, string ZoneCode, string ZoneName, DateOnly Day) : IDescribedEvent
{
    public string Describe() => $"{ZoneName}{Day:yyyy-MM-dd}开始取号";
}

/// <summary>
/// A visitor took ticket <paramref name="Number"/> (gap-free per zone and day); a green-channel ticket (绿色通道) records the eligible
/// reason and a note (the project, the helper, the matter).
/// </summary>
public sealed record QueueTicketTaken(
    Guid QueueId, string ZoneCode, DateOnly Day, int Number, string Label, string Purpose, string? CreditCode, bool Green, string? GreenReason, string? GreenNote,
    DateTimeOffset TakenAt) : IDescribedEvent
{
    public string Describe() => Green ? $"取号{Label}（绿色通道：{GreenReason}，{GreenNote}）：{Purpose}" : $"取号{Label}：{Purpose}";
}

/// <summary>A window called the ticket: green-channel tickets first, then in the order taken.</summary>
public sealed record QueueTicketCalled(Guid QueueId, string ZoneCode, DateOnly Day, int Number, string Label, string Window, DateTimeOffset CalledAt) : IDescribedEvent
{
    public string Describe() => $"{Window}叫号{Label}";
}

/// <summary>The called ticket was served, or the visitor did not come (过号).</summary>
public sealed record QueueTicketClosed(Guid QueueId, string ZoneCode, DateOnly Day, int Number, string Label, string Window, TicketOutcome Outcome, DateTimeOffset ClosedAt)
    : IDescribedEvent
{
    public string Describe() => Outcome == TicketOutcome.Served ? $"{Window}办理完毕{Label}" : $"{Label}过号未到（{Window}）";
}

public enum TicketOutcome { Served, NoShow }
