namespace Nanchuan.Judiciary.EnforcementStage;

/// <summary>What moved the case to enforcement (the judgment or mediation statement to be enforced).</summary>
public sealed record EnterEnforcementBody(string? Note) : IOpenApiExample<EnterEnforcementBody>
{
    public static EnterEnforcementBody Example => new("（2026）渝0119民初1234号民事判决已生效，申请人申请强制执行。");
}

public static class EnterEnforcementEndpoint
{
    [WolverinePost($"{JudiciaryModule.Route}/cases/{{id}}/enforcement-stage")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("进入执行阶段 / Move the case to the enforcement stage")]
    [EndpointDescription("The district court records that the case is to be enforced; pre-enforcement mediation, settlement and its buffer follow. 409 when it is already in the enforcement stage.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(Guid id, EnterEnforcementBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        JudiciaryAccess.EnsureCourt(CurrentActor.Value, "记录执行阶段");
        var stream = await CaseStreams.LoadAsync<DisputeCase>(session, id, JudiciaryCases.DisputeName, cancellation);
        var state = stream.Aggregate!;
        if (state.Stage == DisputeStage.Enforcement) throw new InvalidStateTransitionException("执行阶段", "进入执行阶段 (enter enforcement)");
        return CaseStreams.Append(stream, new DisputeEnteredEnforcement(id, Steps.Text("note", request.Note, "执行依据", "what is to be enforced"), time.GetUtcNow()));
    }
}
