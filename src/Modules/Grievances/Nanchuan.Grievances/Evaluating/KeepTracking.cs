using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Grievances.Access;

namespace Nanchuan.Grievances.Evaluating;

/// <summary>销号管理 → 持续跟踪, with the reason.</summary>
public sealed record KeepTrackingRequest(string? Reason) : IOpenApiExample<KeepTrackingRequest>
{
    public static KeepTrackingRequest Example => new("承诺6月底前完成供电线路改造，届时回访后销号。");
}

public static class KeepTrackingEndpoint
{
    [WolverinePost($"{GrievancesModule.Route}/{{id}}/tracking")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("持续跟踪 / Keep tracking a satisfied request")]
    [EndpointDescription("Right after a satisfied evaluation the BusinessOffice may keep the request open (e.g. while a promised completion date is pending) and close it later.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(Guid id, KeepTrackingRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await GrievanceCase.LoadAsync(session, id, cancellation);
        return CaseStreams.Append(stream, GrievanceDecisions.KeepTracking(stream.Aggregate!, new ContinueTracking(request.Reason), time.GetUtcNow()));
    }
}
