namespace Nanchuan.Enforcement.Supervising;

/// <summary>移交有权部门处理: the authority the confirmed case goes to (e.g. 区纪委监委) and an optional note.</summary>
public sealed record ReferUnauthorisedInspectionBody(string? Authority, string? Note) : IOpenApiExample<ReferUnauthorisedInspectionBody>
{
    public static ReferUnauthorisedInspectionBody Example => new("区纪委监委", "建议对相关执法人员依规处理。");
}

public static class ReferUnauthorisedInspectionEndpoint
{
    [WolverinePost($"{EnforcementModule.Route}/unauthorised-inspections/{{id}}/referral")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("移交有权部门处理 / Refer to the competent authority")]
    [EndpointDescription("The Justice Bureau refers a confirmed unauthorised inspection; this closes the case. Only after a confirming verification (409 otherwise).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, OutgoingMessages)> Post(
        Guid id, ReferUnauthorisedInspectionBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        EnforcementAccess.EnsureJusticeBureau(CurrentActor.Value, "移交擅自检查线索");
        var stream = await CaseStreams.LoadAsync<UnauthorisedInspection>(session, id, EnforcementCases.UnauthorisedName, cancellation);
        var state = stream.Aggregate!;
        var errors = new FieldErrors();
        errors.RequireText("authority", request.Authority, "移交的有权部门", "the authority referred to");
        errors.ThrowIfAny();
        if (state.Status != UnauthorisedStatus.Confirmed)
            throw new InvalidStateTransitionException(state.Status.ToChinese(), "移交有权部门 (refer)",
                $"当前状态为“{state.Status.ToChinese()}”：只有核实属实的擅自检查才移交 / only a confirmed unauthorised inspection is referred.");
        var answer = CaseStreams.Append(stream, new UnauthorisedInspectionReferred(id, request.Authority!.Trim(),
            string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), time.GetUtcNow()));
        var after = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        return (answer, new OutgoingMessages { EnforcementCases.Closed(after) });
    }
}
