using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Judiciary.Deadlines;

namespace Nanchuan.Judiciary.Pausing;

/// <summary>Why the clock stops: the parties asked for time (e.g. to raise funds, to consult their board).</summary>
public sealed record PauseMediationBody(string? Reason) : IOpenApiExample<PauseMediationBody>
{
    public static PauseMediationBody Example => new("被申请人申请暂缓调解10日以筹措首期还款，申请人同意。");
}

internal static class PauseDecision
{
    private const string PauseAction = "暂停调处计时 (pause the mediation clock)";
    private const string ResumeAction = "恢复调处计时 (resume the mediation clock)";

    public static MediationPaused Pause(DisputeCase state, string? reason, DateTimeOffset now)
    {
        var mediation = Steps.Mediating(state, PauseAction);
        if (mediation.PausedAt is not null)
            throw new InvalidStateTransitionException("调处中（已暂停计时）", PauseAction, "调处计时已暂停 / the mediation clock is already paused.");
        return new MediationPaused(state.Id, mediation.Unit, Steps.Text("reason", reason, "暂停理由（当事人申请）", "the reason (the parties' request)"), now);
    }

    public static MediationResumed Resume(DisputeCase state, RunningDeadline? running, IWorkingDayCalendar calendar, DateTimeOffset now)
    {
        var mediation = Steps.Mediating(state, ResumeAction);
        if (running?.PausedAt is null)
            throw new InvalidStateTransitionException("调处中（正在计时）", ResumeAction, "调处计时未暂停 / the mediation clock is not paused.");
        var resumed = DeadlineRules.Resume(calendar, running, now);
        return new MediationResumed(state.Id, mediation.Unit, now, resumed.Paused, running.DueAt, resumed.DueAt);
    }
}

public static class PauseMediationEndpoints
{
    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/mediation/pause")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("暂停调处计时 / Pause the mediation clock")]
    [EndpointDescription("The assigned unit records that the parties asked for time: the limit stops counting and its timers stand still until the clock is resumed. 409 unless the unit is mediating with the clock running.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Pause(Guid id, PauseMediationBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        JudiciaryAccess.EnsureAssignedUnit(CurrentActor.Value, stream.Aggregate!);
        return CaseStreams.Append(stream, PauseDecision.Pause(stream.Aggregate!, request.Reason, time.GetUtcNow()));
    }

    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/mediation/resume")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("恢复调处计时 / Resume the mediation clock")]
    [EndpointDescription("The limit counts again: its due time moves by the business time the clock stood still; the warning and overdue check are scheduled for the new due time and the move is published (oversight DeadlineRecomputed). 409 unless the clock is paused.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Resume(Guid id, IDocumentSession session, DeadlineWatch watch, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        var state = stream.Aggregate!;
        JudiciaryAccess.EnsureAssignedUnit(CurrentActor.Value, state);
        var running = MediationDeadlines.Instance.Find(state, MediationDeadlines.Name);
        var resumed = PauseDecision.Resume(state, running, watch.Calendar, watch.Now);
        var answer = CaseStreams.Append(stream, resumed);
        var outgoing = new OutgoingMessages();
        watch.Moved(outgoing, MediationDeadlines.Instance.Oversight(state, running!),
            running! with { DueAt = resumed.DueAt, PausedAt = null, PausedFor = running.PausedFor + resumed.Paused, Warned = false }, resumed.PreviousDueAt, resumed.Describe());
        return (answer, outgoing);
    }
}
