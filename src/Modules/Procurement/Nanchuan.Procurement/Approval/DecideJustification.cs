namespace Nanchuan.Procurement.Approval;

/// <summary>The supervising department's decision on a direct award's or self-contracting's written justification, with its opinion.</summary>
public sealed record DecideJustificationBody(bool? Approved, string? Opinion) : IOpenApiExample<DecideJustificationBody>
{
    public static DecideJustificationBody Example => new(true, "经核实属汛期抢险，同意直接确定承包单位。");
}

public static class DecideJustificationEndpoint
{
    [WolverinePost($"{ProcurementModule.Route}/projects/{{id}}/justification-decision")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("审批发包理由 / Decide on a justification")]
    [EndpointDescription("The project's supervising department approves or refuses the written justification of a direct award, self-contracting or other method that names its contractor. Approved: the named contractor is awarded in the same step. Refused: the project ends (closed). Only while awaiting approval: 409 naming the state otherwise.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, DecideJustificationBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<WorksProject>(session, id, ProcurementCases.ProjectName, cancellation);
        var state = stream.Aggregate!;
        ProcurementAccess.EnsureSupervisingDepartment(CurrentActor.Value, state);
        if (state.Status != ProjectStatus.AwaitingApproval) throw new InvalidStateTransitionException(state.Status.ToChinese(), "审批发包理由 (decide on the justification)");
        var errors = new FieldErrors();
        errors.If(request.Approved is null, "approved", "请说明是否同意 / say whether it is approved.");
        errors.RequireText("opinion", request.Opinion, "审批意见", "the opinion");
        errors.ThrowIfAny();
        var now = time.GetUtcNow();
        var outgoing = new OutgoingMessages();
        if (request.Approved == false)
        {
            var answer = CaseStreams.Append(stream, new JustificationRejected(id, state.SupervisingDepartment, request.Opinion!.Trim(), now));
            outgoing.Add(ProcurementCases.Closed(await CaseStreams.StateAfterAsync(session, stream, cancellation)));
            return (answer, outgoing);
        }
        stream.AppendOne(new JustificationApproved(id, state.SupervisingDepartment, request.Opinion!.Trim(), now));
        return (CaseStreams.Append(stream, new WorksProjectAwarded(id, state.Method, state.ProposedContractor!, state.Value, null, [], [], now)), outgoing);
    }
}
