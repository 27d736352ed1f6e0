namespace Nanchuan.Enforcement.Supervising;

/// <summary>The Justice Bureau's verification: how (complaint or special supervision), whether the inspection broke the rules, and what it found.</summary>
public sealed record VerifyUnauthorisedInspectionBody(VerificationMethod? Method, bool? Confirmed, string? Finding) : IOpenApiExample<VerifyUnauthorisedInspectionBody>
{
    public static VerifyUnauthorisedInspectionBody Example => new(VerificationMethod.Complaint, true, "经核实，该局未列入季度计划，亦无投诉举报等例外依据，单独入企检查增加企业负担。");
}

public static class VerifyUnauthorisedInspectionEndpoint
{
    [WolverinePost($"{EnforcementModule.Route}/unauthorised-inspections/{{id}}/verification")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("核实擅自检查线索 / Verify an unauthorised-inspection report")]
    [EndpointDescription("The Justice Bureau records its verification. Not confirmed closes the case; confirmed awaits referral to the competent authority. Once only (409 afterwards).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, VerifyUnauthorisedInspectionBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        EnforcementAccess.EnsureJusticeBureau(CurrentActor.Value, "核实擅自检查线索");
        var stream = await CaseStreams.LoadAsync<UnauthorisedInspection>(session, id, EnforcementCases.UnauthorisedName, cancellation);
        var state = stream.Aggregate!;
        var errors = new FieldErrors();
        errors.If(request.Method is null || !Enum.IsDefined(request.Method.Value), "method",
            "请填写核实方式：complaint（受理投诉举报）或 specialSupervision（专项监督） / the method is required: complaint or specialSupervision.");
        errors.If(request.Confirmed is null, "confirmed", "请填写是否属实 / say whether the inspection broke the rules.");
        errors.RequireText("finding", request.Finding, "核实情况", "what the verification found");
        errors.ThrowIfAny();
        if (state.Status != UnauthorisedStatus.AwaitingVerification) throw new InvalidStateTransitionException(state.Status.ToChinese(), "核实 (verify)");
        var answer = CaseStreams.Append(stream, new UnauthorisedInspectionVerified(id, request.Method!.Value, request.Confirmed!.Value, request.Finding!.Trim(), time.GetUtcNow()));
        var after = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        var outgoing = new OutgoingMessages();
        if (after.ClosedAt is not null) outgoing.Add(EnforcementCases.Closed(after));
        return (answer, outgoing);
    }
}
