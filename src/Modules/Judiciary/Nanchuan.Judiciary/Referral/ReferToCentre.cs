namespace Nanchuan.Judiciary.Referral;

/// <summary>What the court tells the centre when it hands the case over (清理移交).</summary>
public sealed record ReferToCentreBody(string? Note) : IOpenApiExample<ReferToCentreBody>
{
    public static ReferToCentreBody Example => new("双方均为本区企业，被告同意分期付款，建议由所在街道组织调处。");
}

internal static class ReferralDecision
{
    public static DisputeReferredToCentre Refer(DisputeCase state, string? note, DateTimeOffset now)
    {
        Steps.Require(state, DisputeStatus.Filed, "移交区矛调中心 (refer to the centre)");
        return new DisputeReferredToCentre(state.Id, Steps.Text("note", note, "移交说明", "a note for the centre"), now);
    }
}

public static class ReferToCentreEndpoint
{
    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/referral")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("移交区矛调中心 / Refer to the conflict-mediation centre")]
    [EndpointDescription("The district court clears the case and hands it to the district conflict-mediation centre (区法院清理移交), which assigns it to a responsible unit. From a filed case (again after a failed pre-litigation mediation was filed for litigation): 409 otherwise.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(Guid id, ReferToCentreBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        JudiciaryAccess.EnsureCourt(CurrentActor.Value, "移交区矛调中心");
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        return CaseStreams.Append(stream, ReferralDecision.Refer(stream.Aggregate!, request.Note, time.GetUtcNow()));
    }
}
