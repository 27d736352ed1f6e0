using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Procurement.Deadlines;

namespace Nanchuan.Procurement.TenderFailure;

/// <summary>流标 and republication: the owner's steps when registration closed without a qualified bidder (ADR 0066).</summary>
public static class TenderFailureEndpoints
{
    [WolverinePost($"{ProcurementModule.Route}/projects/{{id}}/tender-failure")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("流标 / Record a failed tender")]
    [EndpointDescription("The owner records that the tender failed: registration has closed and no qualified bidder is left (nobody registered, no quote within the project value, or nobody besides a winner who refused to sign). The award deadline ends; the project can be republished. Before registration closes, while a qualified bidder remains, or in another state: 409 naming the state.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Fail(Guid id, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<WorksProject>(session, id, ProcurementCases.ProjectName, cancellation);
        ProcurementAccess.EnsureOwner(CurrentActor.Value, stream.Aggregate!);
        return CaseStreams.Append(stream, TenderFailureDecision.Fail(stream.Aggregate!, time.GetUtcNow()));
    }

    [WolverinePost($"{ProcurementModule.Route}/projects/{{id}}/republication")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("流标后重新发布 / Republish after a failed tender")]
    [EndpointDescription("The owner publishes the failed project again with the same method and value: registration opens anew for the configured working days and the award deadline is watched after it; earlier registrations do not carry over. Only after a failed tender of a method that registers bidders (a direct award or self-contracting is published as a new project): 409 naming the state otherwise.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Republish(
        Guid id, IDocumentSession session, ProcurementOptions options, IWorkingDayCalendar calendar, DeadlineWatch watch, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<WorksProject>(session, id, ProcurementCases.ProjectName, cancellation);
        ProcurementAccess.EnsureOwner(CurrentActor.Value, stream.Aggregate!);
        var now = time.GetUtcNow();
        var closes = calendar.AddWorkingDays(now, options.RegistrationWorkingDays);
        var deadline = new ProjectDeadline(DeadlineNames.Award, options.AwardWorkingDays, closes, calendar.AddWorkingDays(closes, options.AwardWorkingDays), false, false);
        var answer = CaseStreams.Append(stream, TenderFailureDecision.Republish(stream.Aggregate!, closes, deadline, now));
        var outgoing = new OutgoingMessages();
        ProjectDeadlines.Instance.Watch(watch, outgoing, await CaseStreams.StateAfterAsync(session, stream, cancellation));
        return (answer, outgoing);
    }
}

internal static class TenderFailureDecision
{
    private const string FailAction = "流标 (record the failed tender)";
    private const string RepublishAction = "重新发布 (republish)";

    public static TenderFailed Fail(WorksProject state, DateTimeOffset now)
    {
        if (state.Status == ProjectStatus.Registering && now <= state.RegistrationClosesAt)
            throw new InvalidStateTransitionException(ProjectStatus.Registering.ToChinese(), FailAction,
                $"当前状态为“报名中”：报名{state.RegistrationClosesAt.Value.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}截止后才能流标 / registration is open until {state.RegistrationClosesAt:O}.");
        if (state.Status is not (ProjectStatus.Registering or ProjectStatus.AwaitingReaward))
            throw new InvalidStateTransitionException(state.Status.ToChinese(), FailAction);
        var qualified = state.AwardRule == AwardRule.LowestQuote ? state.Candidates.Count(r => r.Quote <= state.Value) : state.Candidates.Count();
        if (qualified > 0)
            throw new InvalidStateTransitionException("有合格投标人", FailAction,
                $"当前状态为“有合格投标人”：尚有{qualified}家合格投标人，应当定标 / {qualified} qualified bidder(s) remain: award instead.");
        var reason = state.Status == ProjectStatus.AwaitingReaward ? "中标人拒签，无其他合格投标人"
            : state.Registrations.Count == 0 ? "报名截止，无人报名" : "报名截止，无有效报价";
        return new TenderFailed(state.Id, state.Round, reason, state.Registrations.Count, now);
    }

    public static TenderRepublished Republish(WorksProject state, DateTimeOffset closes, ProjectDeadline deadline, DateTimeOffset now)
    {
        if (state.Status != ProjectStatus.TenderFailed) throw new InvalidStateTransitionException(state.Status.ToChinese(), RepublishAction);
        if (state.AwardRule == AwardRule.ApprovedJustification)
            throw new InvalidStateTransitionException(state.Status.ToChinese(), RepublishAction,
                $"当前状态为“流标”：{state.MethodName}不经报名，须作为新项目发布并重新审批 / a {state.Method} project is published as a new project with a new justification.");
        return new TenderRepublished(state.Id, state.Round + 1, closes, deadline, now);
    }
}
