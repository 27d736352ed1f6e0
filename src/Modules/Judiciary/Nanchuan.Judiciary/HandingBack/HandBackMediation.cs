namespace Nanchuan.Judiciary.HandingBack;

/// <summary>Why the case is not the unit's (e.g. the enterprise is in another street's area).</summary>
public sealed record HandBackBody(string? Reason) : IOpenApiExample<HandBackBody>
{
    public static HandBackBody Example => new("被申请企业注册地及经营地均在东城街道辖区，非本街道管辖，请重新交办。");
}

internal static class HandBackDecision
{
    public static MediationHandedBack HandBack(DisputeCase state, string? reason, DateTimeOffset now)
    {
        var mediation = Steps.Mediating(state, "退回区矛调中心 (hand back to the centre)");
        return new MediationHandedBack(state.Id, mediation.Unit, Steps.Text("reason", reason, "退回理由", "the reason for handing it back"), now);
    }
}

public static class HandBackMediationEndpoint
{
    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/mediation/hand-back")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("退回区矛调中心 / Hand a wrongly assigned case back")]
    [EndpointDescription("The assigned unit gives the case back to the conflict-mediation centre with its reason; its limit ends (its timers go stale) and the centre assigns the case again. 409 unless the unit is mediating it.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(Guid id, HandBackBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        JudiciaryAccess.EnsureAssignedUnit(CurrentActor.Value, stream.Aggregate!);
        return CaseStreams.Append(stream, HandBackDecision.HandBack(stream.Aggregate!, request.Reason, time.GetUtcNow()));
    }
}
