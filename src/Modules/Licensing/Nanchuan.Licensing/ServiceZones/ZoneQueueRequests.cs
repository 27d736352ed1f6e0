using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Licensing.ServiceZones;

/// <summary>A queue ticket: what the visitor comes for, the enterprise if any, and — granted by the guide desk — the green channel with its reason.</summary>
public sealed record TakeTicket(string Purpose, UnifiedSocialCreditCode? CreditCode, string? GreenChannelReason, string? GreenChannelNote) : IOpenApiExample<TakeTicket>
{
    public static TakeTicket Example => new("不动产登记（企业厂房转移登记）", UnifiedSocialCreditCode.Parse("91500119MA5U8XRB98"), "重点项目", "南川工业园区新材料产业园一期");
}

public sealed record CallNextTicket(string Window) : IOpenApiExample<CallNextTicket>
{
    public static CallNextTicket Example => new("不动产专区3号窗口");
}

/// <param name="Outcome">Served, or the visitor did not come (过号).</param>
/// <param name="Window">The window closing the ticket: only the one that called it may.</param>
public sealed record RecordTicketOutcome(TicketOutcome Outcome, string Window) : IOpenApiExample<RecordTicketOutcome>
{
    public static RecordTicketOutcome Example => new(TicketOutcome.Served, "不动产专区3号窗口");
}

/// <summary>The hall's zones and the reasons that give a ticket the green channel.</summary>
public sealed record ZoneDirectory(IReadOnlyList<ServiceZone> Zones, IReadOnlyList<string> GreenChannelReasons);

/// <summary>One zone's day: tickets, green-channel tickets, served, no-shows, still waiting, and average minutes from ticket to call.</summary>
public sealed record ZoneDayFigures(
    DateOnly Day, string ZoneCode, string ZoneName, int Tickets, int GreenTickets, int Served, int NoShows, int Waiting,
    decimal? AverageWaitMinutes, decimal? AverageGreenWaitMinutes);
