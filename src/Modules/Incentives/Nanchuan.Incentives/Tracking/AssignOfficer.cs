using Nanchuan.BuildingBlocks.Platform.Deadlines;

namespace Nanchuan.Incentives.Tracking;

/// <summary>The park committee's staff member who follows the enterprise one to one (一对一全程跟踪服务).</summary>
/// <param name="OfficerId">The officer's user id (the one they sign in with).</param>
public sealed record AssignOfficerBody(string? OfficerId, string? OfficerName) : IOpenApiExample<AssignOfficerBody>
{
    public static AssignOfficerBody Example => new("pc-7", "工业园区管委会 王专员");
}

public static class AssignOfficerEndpoint
{
    [WolverinePost($"{IncentivesModule.Route}/agreements/{{id}}/tracking-officer")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(IncentivesModule.Tag)]
    [EndpointSummary("指定跟踪服务专员 / Assign a tracking officer")]
    [EndpointDescription("The park committee assigns (or replaces) the enterprise's one-to-one tracking officer. The officer is reminded before each open milestone (Incentives:ReminderDays, default 30 calendar days, at 09:00), by durable timers that survive restarts. 409 when the enterprise has no open milestone left.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, AssignOfficerBody body, IDocumentSession session, IncentiveRules rules, DeadlineWatch watch, TimeProvider time, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        IncentiveAccess.EnsureParkCommittee(actor);
        var errors = new FieldErrors();
        var officerId = errors.Text("officerId", body.OfficerId, "专员用户编号", "the officer's user id");
        var officerName = errors.Text("officerName", body.OfficerName, "专员姓名", "the officer's name");
        errors.ThrowIfAny();
        var stream = await CaseStreams.LoadAsync<Agreement>(session, id, AgreementCases.Name, cancellation);
        var agreement = stream.Aggregate!;
        if (agreement.Milestones.All(m => m.Status == MilestoneStatus.Fulfilled))
            throw new InvalidStateTransitionException("企业已全部履约", "指定跟踪服务专员 (assign a tracking officer)",
                "企业已全部履约，无需跟踪服务 / the enterprise has fulfilled every milestone: there is nothing to track.");
        var assigned = new AgreementTrackingOfficerAssigned(id, officerId, officerName, rules.ReminderDays, actor.Name, time.GetUtcNow());
        return await AgreementWrites.RecordAsync(session, stream, [assigned], watch, cancellation);
    }
}
