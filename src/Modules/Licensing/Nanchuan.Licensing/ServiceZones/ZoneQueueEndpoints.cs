using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Actors;

namespace Nanchuan.Licensing.ServiceZones;

public static class ZoneQueueEndpoints
{
    [WolverineGet("/api/licensing/zones")]
    [Tags("Licensing")]
    [EndpointSummary("1+N企业服务专区 / The hall's service zones")]
    [EndpointDescription("The 企业之家 platform and the N zones (无差别综合服务区, 公安, 医保, 不动产, 人社, 公积金 …) as configured, and the reasons that qualify a ticket for the green channel.")]
    public static ZoneDirectory Zones(IOptions<ServiceZoneOptions> options) =>
        new(options.Value.EffectiveZones, options.Value.EffectiveGreenChannelReasons);

    [WolverinePost("/api/licensing/zones/{zone}/tickets")]
    [Authorize(Roles = $"{Roles.WindowClerk},{Roles.Enterprise}")]
    [Tags("Licensing")]
    [EndpointSummary("专区取号 / Take a queue ticket in a zone")]
    [EndpointDescription("Numbers run per zone and day (Asia/Shanghai) without gaps, also under concurrent requests. The guide desk (WindowClerk) may give the ticket the green channel "
        + "(绿色通道) for an eligible reason with a note; an enterprise takes an ordinary ticket under its own credit code.")]
    [ProducesResponseType<QueueTicket>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<QueueTicket> Take(
        string zone, TakeTicket command, IDocumentSession session, IDocumentStore store, TimeProvider clock, IWorkingDayCalendar calendar,
        IOptions<ServiceZoneOptions> options, CancellationToken cancellation)
    {
        var serviceZone = ZoneQueueDecisions.Zone(options.Value.EffectiveZones, zone);
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise && !string.IsNullOrWhiteSpace(command.GreenChannelReason))
            throw new AccessDeniedException("绿色通道由导办人员核定 / the green channel is granted by the guide desk.");
        ZoneQueueDecisions.Validate(serviceZone, command, options.Value.EffectiveGreenChannelReasons);
        var creditCode = actor.Role == Roles.Enterprise ? actor.CreditCode : command.CreditCode?.Value;

        var now = clock.GetUtcNow();
        var day = calendar.LocalDay(now);
        var id = ZoneQueueDecisions.QueueIdFor(serviceZone.Code, day);
        await ZoneQueueOpening.EnsureOpenAsync(store, new ZoneQueueOpened(id, serviceZone.Code, serviceZone.Name, day), cancellation);
        var stream = await session.Events.FetchForExclusiveWriting<ZoneQueue>(id, cancellation);
        var taken = ZoneQueueDecisions.Take(stream.Aggregate!, command, creditCode, now);
        stream.AppendOne(taken);
        return new QueueTicket(taken.Number, taken.Label, taken.Purpose, taken.CreditCode, taken.Green, taken.GreenReason, taken.GreenNote, taken.TakenAt);
    }

    [WolverinePost("/api/licensing/zones/{zone}/calls")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("叫号 / Call the next ticket")]
    [EndpointDescription("Green-channel tickets first, then in the order taken. The queue is locked while calling, so two windows never get the same ticket. "
        + "A window must close the ticket it called (served or no-show) before calling again (409); an empty queue is a 409.")]
    [ProducesResponseType<QueueTicket>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<QueueTicket> Call(
        string zone, CallNextTicket command, IDocumentSession session, TimeProvider clock, IWorkingDayCalendar calendar,
        IOptions<ServiceZoneOptions> options, CancellationToken cancellation)
    {
        var serviceZone = ZoneQueueDecisions.Zone(options.Value.EffectiveZones, zone);
        var now = clock.GetUtcNow();
        var stream = await session.Events.FetchForExclusiveWriting<ZoneQueue>(ZoneQueueDecisions.QueueIdFor(serviceZone.Code, calendar.LocalDay(now)), cancellation);
        var called = ZoneQueueDecisions.CallNext(stream.Aggregate, command.Window, now);
        stream.AppendOne(called);
        return stream.Aggregate!.Open.Single(t => t.Number == called.Number).After(called);
    }

    [WolverinePost("/api/licensing/zones/{zone}/tickets/{number}/outcome")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("办理完毕或过号 / Record a called ticket as served or no-show")]
    [EndpointDescription("Today's ticket of the zone, once called, by the window that called it; another window, or closing it again, is a 409.")]
    [ProducesResponseType<QueueTicket>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<QueueTicket> Close(
        string zone, int number, RecordTicketOutcome command, IDocumentSession session, TimeProvider clock, IWorkingDayCalendar calendar,
        IOptions<ServiceZoneOptions> options, CancellationToken cancellation)
    {
        if (!Enum.IsDefined(command.Outcome)) throw new DomainValidationException("outcome", "结果应为served或noShow / the outcome is served or noShow.");
        var serviceZone = ZoneQueueDecisions.Zone(options.Value.EffectiveZones, zone);
        var now = clock.GetUtcNow();
        // Locked first, as taking and calling lock it (ADR 0094): an outcome that only checked the version at commit had already
        // written the queue's rows when it met a call holding the stream, and the two deadlocked (40P01); now it waits its turn.
        var stream = await session.Events.FetchForExclusiveWriting<ZoneQueue>(ZoneQueueDecisions.QueueIdFor(serviceZone.Code, calendar.LocalDay(now)), cancellation);
        var closed = ZoneQueueDecisions.Close(stream.Aggregate, number, command.Window, command.Outcome, now);
        stream.AppendOne(closed);
        return stream.Aggregate!.Open.Single(t => t.Number == number).After(closed);
    }

    [WolverineGet("/api/licensing/zones/{zone}/queue")]
    [Authorize(Roles = $"{Roles.WindowClerk},{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("专区当日排队 / A zone's queue of a day")]
    [EndpointDescription("Every ticket of the day (`day` yyyy-MM-dd, default today in Asia/Shanghai) with its status, window and times; `callOrder` is who is called next.")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ZoneQueueDay> Queue(
        string zone, string? day, IQuerySession session, TimeProvider clock, IWorkingDayCalendar calendar, IOptions<ServiceZoneOptions> options, CancellationToken cancellation)
    {
        var serviceZone = ZoneQueueDecisions.Zone(options.Value.EffectiveZones, zone);
        var date = ParseDay(day) ?? calendar.LocalDay(clock.GetUtcNow());
        var tickets = await ZoneQueueDay.TicketsAsync(session, serviceZone.Code, date, cancellation);
        var name = (await session.LoadAsync<ZoneQueue>(ZoneQueueDecisions.QueueIdFor(serviceZone.Code, date), cancellation))?.ZoneName ?? serviceZone.Name;
        return new ZoneQueueDay(serviceZone.Code, name, date, tickets);
    }

    internal static DateOnly? ParseDay(string? day) =>
        string.IsNullOrWhiteSpace(day) ? null
        : DateOnly.TryParseExact(day.Trim(), "yyyy-MM-dd", out var parsed) ? parsed
        : throw new DomainValidationException("day", "日期格式应为yyyy-MM-dd / the day is yyyy-MM-dd.");
}
