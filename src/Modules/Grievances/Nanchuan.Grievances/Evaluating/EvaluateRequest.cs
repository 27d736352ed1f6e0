using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Reporting;

namespace Nanchuan.Grievances.Evaluating;

/// <summary>评价 (企业意见) from the BusinessOffice's revisit: satisfied or not; a comment is required when not.</summary>
/// <param name="RevisitedAt">When the BusinessOffice asked the enterprise (回访); defaults to now.</param>
public sealed record EvaluateRequestBody(bool Satisfied, string? Comment, DateTimeOffset? RevisitedAt) : IOpenApiExample<EvaluateRequestBody>
{
    public static EvaluateRequestBody Example => new(false, "路面只修补了一半，东侧仍有坑洼。", null);
}

public static class EvaluateRequestEndpoint
{
    [WolverinePost($"{GrievancesModule.Route}/{{id}}/evaluation")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("评价办理结果 / Evaluate the outcome")]
    [EndpointDescription("After the handling report the BusinessOffice revisits the enterprise (spec step 6) and records its opinion; unsatisfied waits for a re-assignment (POST …/assignment). The enterprise's own 好差评 rating is a separate step (POST …/enterprise-rating).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, RefreshMonthlyReport)> Post(Guid id, EvaluateRequestBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await GrievanceCase.LoadAsync(session, id, cancellation);
        var now = time.GetUtcNow();
        var evaluated = GrievanceDecisions.Evaluate(stream.Aggregate!, new EvaluateGrievance(request.Satisfied, request.Comment, request.RevisitedAt ?? now), now);
        return (CaseStreams.Append(stream, evaluated), new RefreshMonthlyReport(id));
    }
}
