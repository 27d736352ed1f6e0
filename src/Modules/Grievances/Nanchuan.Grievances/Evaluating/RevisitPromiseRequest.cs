using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Grievances.Access;

namespace Nanchuan.Grievances.Evaluating;

/// <summary>回访承诺办理情况: whether the promised completion date was kept; a note is required when it was not.</summary>
/// <param name="RevisitedAt">When the enterprise was asked; defaults to now.</param>
public sealed record RevisitPromiseBody(bool Kept, string? Note, DateTimeOffset? RevisitedAt) : IOpenApiExample<RevisitPromiseBody>
{
    public static RevisitPromiseBody Example => new(true, "供电线路已按承诺改造完成。", null);
}

public static class RevisitPromiseEndpoint
{
    [WolverinePost($"{GrievancesModule.Route}/{{id}}/promise-revisit")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("回访承诺办理情况 / Record the promise revisit")]
    [EndpointDescription("When the handling report promised a completion date, the BusinessOffice records whether it was kept (once per promise; also after closing).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(Guid id, RevisitPromiseBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await GrievanceCase.LoadAsync(session, id, cancellation);
        var now = time.GetUtcNow();
        return CaseStreams.Append(stream,
            GrievanceDecisions.RecordPromiseRevisit(stream.Aggregate!, new RevisitPromise(request.Kept, request.Note, request.RevisitedAt ?? now), now));
    }
}
