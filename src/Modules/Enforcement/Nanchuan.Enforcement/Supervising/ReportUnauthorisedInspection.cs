namespace Nanchuan.Enforcement.Supervising;

/// <summary>An enterprise reports an inspection it thinks unauthorised: which department, when, what happened.</summary>
public sealed record ReportUnauthorisedInspectionRequest(string? Department, DateTimeOffset? VisitedAt, string? Description)
    : IOpenApiExample<ReportUnauthorisedInspectionRequest>
{
    public static ReportUnauthorisedInspectionRequest Example => new(Departments.MarketSupervision, new DateTimeOffset(2025, 5, 20, 14, 0, 0, TimeSpan.FromHours(8)),
        "本季度已接受综合检查，该局又单独上门检查特种设备，未出示例外检查依据。");
}

public sealed record UnauthorisedInspectionReportedResponse(Guid Id) : CreationResponse($"{EnforcementModule.Route}/unauthorised-inspections/{Id}");

public static class ReportUnauthorisedInspectionEndpoint
{
    [WolverinePost($"{EnforcementModule.Route}/unauthorised-inspections")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("反映擅自检查 / Report an unauthorised inspection")]
    [EndpointDescription("An enterprise (its credit code from its sign-in) reports an inspection it thinks was not by the rules; the Justice Bureau verifies it. All fields are required.")]
    [ProducesResponseType<UnauthorisedInspectionReportedResponse>(StatusCodes.Status201Created)]
    public static (UnauthorisedInspectionReportedResponse, OutgoingMessages) Post(ReportUnauthorisedInspectionRequest request, IDocumentSession session, TimeProvider time)
    {
        var actor = CurrentActor.Value;
        var now = time.GetUtcNow();
        var errors = new FieldErrors();
        errors.RequireText("department", request.Department, "检查部门", "the inspecting department");
        errors.If(request.VisitedAt is null, "visitedAt", "请填写检查时间 / the time of the inspection is required.");
        errors.RequireText("description", request.Description, "情况说明", "a description of what happened");
        errors.ThrowIfAny();
        var visitedAt = VisitTime.Resolve(request.VisitedAt, now, "visitedAt");
        var reported = new UnauthorisedInspectionRecorded(Guid.CreateVersion7(), UnauthorisedSource.EnterpriseReport, Quarter.Of(visitedAt).ToString(),
            actor.CreditCode!, actor.Name, request.Department!.Trim(), visitedAt, request.Description!.Trim(), now);
        session.Events.StartStream<UnauthorisedInspection>(reported.CaseId, reported);
        var outgoing = new OutgoingMessages { EnforcementCases.Opened(UnauthorisedInspection.Create(reported)) };
        return (new UnauthorisedInspectionReportedResponse(reported.CaseId), outgoing);
    }
}
