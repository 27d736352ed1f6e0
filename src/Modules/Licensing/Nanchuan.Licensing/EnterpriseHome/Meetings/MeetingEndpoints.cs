using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Departments;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Wolverine;

namespace Nanchuan.Licensing.EnterpriseHome.Meetings;

/// <summary>企业之家 协调议事 (ADR 0110): convene the departments for one enterprise's matter, record the minutes, complete each decision.</summary>
public static class MeetingEndpoints
{
    private const string Route = "/api/licensing/enterprise-home/meetings";
    private const string Conveners = $"{Roles.WindowClerk},{Roles.BusinessOffice}";
    private static readonly CaseName Name = new("协调议事", "coordination meeting");

    [WolverinePost(Route)]
    [Authorize(Roles = Conveners)]
    [Tags("Licensing")]
    [EndpointSummary("召集协调议事 / Convene a coordination meeting")]
    [EndpointDescription("企业之家 (its window staff or the business office) convenes the departments concerned (directory ids) for one enterprise's matter, at a time not in the past.")]
    [ProducesResponseType<CoordinationMeeting>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<(CoordinationMeeting, OutgoingMessages)> Convene(
        ConveneMeetingRequest command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var errors = new FieldErrors();
        var ids = command.DepartmentIds ?? [];
        var departments = new List<DepartmentRecord?>();
        for (var i = 0; i < ids.Count; i++) departments.Add(await DepartmentDirectory.FindActiveAsync(session, errors, $"departmentIds[{i}]", ids[i], cancellation));
        var convened = MeetingDecisions.Convene(Guid.CreateVersion7(), command, departments, errors, CurrentActor.Value, clock.GetUtcNow());
        var meeting = await CaseStreams.StartAsync<CoordinationMeeting>(session, convened.MeetingId, [convened], cancellation);
        var outgoing = new OutgoingMessages();
        MeetingOversight.Of(outgoing, meeting, convened);
        return (meeting, outgoing);
    }

    [WolverineGet($"{Route}/{{id}}")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler},{Conveners},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("协调议事详情 / A coordination meeting")]
    [EndpointDescription("Departments, attendees and each decision with its owner, due time, warning, overdue and completion. The enterprise sees its own meetings, a department those it was convened to.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<CoordinationMeeting> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation)
    {
        var meeting = await snapshots.LoadAsync<CoordinationMeeting>(id, cancellation) ?? throw Name.NotFound(id);
        MeetingDecisions.EnsureMaySee(meeting, CurrentActor.Value);
        return meeting;
    }

    [WolverineGet(Route)]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler},{Conveners},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("协调议事列表 / Coordination meetings")]
    [EndpointDescription("An enterprise gets its own meetings and their decisions; a department the meetings it was convened to; the hall's staff and overseers all. Newest first.")]
    public static async Task<IReadOnlyList<CoordinationMeeting>> List(IQuerySession session, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var query = session.Query<CoordinationMeeting>().AsQueryable();
        if (actor.Role == Roles.Enterprise)
        {
            var own = actor.CreditCode ?? "";
            query = query.Where(m => m.CreditCode == own);
        }
        var meetings = await query.OrderByDescending(m => m.ConvenedAt).ToListAsync(cancellation);
        return actor.Role == Roles.DepartmentHandler ? [.. meetings.Where(m => m.Departments.Any(d => d.DepartmentId == actor.DepartmentId))] : meetings;
    }

    [WolverinePost($"{Route}/{{id}}/minutes")]
    [Authorize(Roles = Conveners)]
    [Tags("Licensing")]
    [EndpointSummary("记录协调议事纪要 / Record the minutes")]
    [EndpointDescription("Once, after the meeting: the attendees (each for a convened department or the enterprise), the absent departments follow, and the decisions — each owned by a convened department and due on a working day after today. "
        + "Each decision's deadline runs on the working-day calendar to 18:00 of its due date: warned one working day before, overdue after.")]
    [ProducesResponseType<CoordinationMeeting>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CoordinationMeeting, OutgoingMessages)> RecordMinutes(
        Guid id, RecordMinutesBody command, IDocumentSession session, TimeProvider clock, IWorkingDayCalendar calendar, DeadlineWatch watch,
        MeetingDeadlines deadlines, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<CoordinationMeeting>(session, id, Name, cancellation);
        var minutes = MeetingDecisions.RecordMinutes(stream.Aggregate!, command, CurrentActor.Value, calendar, clock.GetUtcNow());
        stream.AppendOne(minutes);
        var after = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        var outgoing = new OutgoingMessages();
        deadlines.Watch(watch, outgoing, after);
        MeetingOversight.Of(outgoing, after, minutes);
        return (after, outgoing);
    }

    [WolverinePost($"{Route}/{{id}}/decisions/{{number}}/completion")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags("Licensing")]
    [EndpointSummary("办结议定事项 / Complete a decision")]
    [EndpointDescription("A handler of the decision's owner department reports it done, once; its deadline is met (on time or late). The last one closes the meeting.")]
    [ProducesResponseType<CoordinationMeeting>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CoordinationMeeting, OutgoingMessages)> Complete(
        Guid id, int number, CompleteDecisionBody command, IDocumentSession session, TimeProvider clock, DeadlineWatch watch, MeetingDeadlines deadlines,
        CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<CoordinationMeeting>(session, id, Name, cancellation);
        var before = stream.Aggregate!;
        var completed = MeetingDecisions.Complete(before, number, command, CurrentActor.Value, clock.GetUtcNow());
        var outgoing = new OutgoingMessages();
        deadlines.Met(watch, outgoing, before, MeetingDeadlines.NameOf(number), completed.At);
        stream.AppendOne(completed);
        var after = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        MeetingOversight.Of(outgoing, after, completed);
        return (after, outgoing);
    }
}
