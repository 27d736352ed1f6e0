using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Writes;

namespace Nanchuan.Licensing.EnterpriseHome.Talks;

/// <summary>企业之家 商务洽谈 (ADR 0113): the rooms, a room's bookings of a day, booking a slot, a booking, and the record of the talk.</summary>
public static class TalkEndpoints
{
    private const string Route = "/api/licensing/enterprise-home/talks";
    private static readonly CaseName Name = new("商务洽谈", "business talk");

    [WolverineGet($"{Route}/rooms/{{room}}/{{day}}")]
    [Tags("Licensing")]
    [EndpointSummary("洽谈室某日预约情况 / A room's booked times on a day")]
    [EndpointDescription("The booked slots of a room of 企业之家 on a day (yyyy-MM-dd), naming no enterprise; any signed-in user.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<TalkRoomSchedule> Schedule(string room, DateOnly day, IQuerySession session, IOptions<TalkRoomOptions> options, CancellationToken cancellation)
    {
        var found = options.Value.EffectiveRooms.FirstOrDefault(r => r.Code == room) ?? throw new NotFoundException($"企业之家没有洽谈室{room} / no room {room}.");
        var booked = await session.LoadAsync<TalkRoomDay>(TalkRoomDay.IdFor(found.Code, day), cancellation);
        return new TalkRoomSchedule(found.Code, found.Name, day, [.. (booked?.Talks ?? []).OrderBy(t => t.Start).Select(t => new BookedSlot(t.Start, t.End))]);
    }

    [WolverinePost(Route)]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.WindowClerk}")]
    [Tags("Licensing")]
    [EndpointSummary("预约洽谈室 / Book a room for a business talk")]
    [EndpointDescription("The enterprise (for itself) or 企业之家's window staff books a room (T1, T2, T3 by default) on a working day, from–to on the hour or half hour within business hours (08:30–18:00), not in the past. "
        + "A slot overlapping another booking of the room is a 409; two bookings of the room and day at the same moment: one 200, one 409.")]
    [ProducesResponseType<TalkBookingView>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<TalkBookingView> Book(
        BookTalkRequest command, IDocumentSession session, IOptions<TalkRoomOptions> options, IWorkingDayCalendar calendar, TimeProvider clock,
        CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var slot = TalkDecisions.Check(command, options.Value.EffectiveRooms, calendar, now);
        var stream = await CaseStreams.LoadIfAnyAsync<TalkRoomDay>(session, TalkRoomDay.IdFor(slot.Room.Code, slot.Day), cancellation);
        var booked = TalkDecisions.Book(stream?.Aggregate, slot, CurrentActor.Value, now);
        TalkRoomDay after;
        if (stream is null) after = await CaseStreams.StartAsync<TalkRoomDay>(session, booked.RoomDayId, [booked], cancellation);
        else
        {
            stream.AppendOne(booked);
            after = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        }
        return new TalkBookingView(after.Id, after.Room, after.RoomName, after.Day, after.Talk(booked.Number)!);
    }

    [WolverineGet($"{Route}/{{id}}/{{number}}")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.WindowClerk},{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("商务洽谈预约及记录 / A booked talk and its record")]
    [EndpointDescription("id is the room-day of the booking (roomDayId), number the booking's number that day. An enterprise sees only its own talks.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<TalkBookingView> Get(Guid id, int number, IQuerySession session, CancellationToken cancellation)
    {
        var day = await session.LoadAsync<TalkRoomDay>(id, cancellation) ?? throw Name.NotFound(id);
        var talk = day.Talk(number) ?? throw Name.NotFound($"{id}/{number}");
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise && actor.CreditCode != talk.CreditCode)
            throw new AccessDeniedException("企业只能查看本企业的洽谈 / an enterprise sees only its own talks.");
        return new TalkBookingView(day.Id, day.Room, day.RoomName, day.Day, talk);
    }

    [WolverinePost($"{Route}/{{id}}/{{number}}/record")]
    [Authorize(Roles = $"{Roles.WindowClerk},{Roles.BusinessOffice}")]
    [Tags("Licensing")]
    [EndpointSummary("记录商务洽谈 / Record a business talk")]
    [EndpointDescription("企业之家's staff or the business office record who took part, what was discussed and the outcome; once, from the talk's start on (409 before).")]
    [ProducesResponseType<TalkBookingView>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<TalkBookingView> Record(
        Guid id, int number, RecordTalkBody command, IDocumentSession session, IWorkingDayCalendar calendar, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<TalkRoomDay>(session, id, Name, cancellation);
        var recorded = TalkDecisions.Record(stream.Aggregate!, number, command, calendar, CurrentActor.Value, clock.GetUtcNow());
        stream.AppendOne(recorded);
        var after = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        return new TalkBookingView(after.Id, after.Room, after.RoomName, after.Day, after.Talk(number)!);
    }
}
