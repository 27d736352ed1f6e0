using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Reporting;

namespace Nanchuan.Grievances.Evaluating;

/// <summary>评价 (企业意见): satisfied or not; a comment is required when not.</summary>
/// <param name="RevisitedAt">When the BusinessOffice asked the enterprise (回访); defaults to now. An enterprise evaluating its own request leaves it out.</param>
public sealed record EvaluateRequestBody(bool Satisfied, string? Comment, DateTimeOffset? RevisitedAt) : IOpenApiExample<EvaluateRequestBody>
{
    public static EvaluateRequestBody Example => new(false, "路面只修补了一半，东侧仍有坑洼。", null);
}

public static class EvaluateRequestEndpoint
{
    [WolverinePost($"{GrievancesModule.Route}/{{id}}/evaluation")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Enterprise}")]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("评价办理结果 / Evaluate the outcome")]
    [EndpointDescription("After the handling report: the BusinessOffice records the enterprise's opinion from its revisit, or the enterprise evaluates its own request. Unsatisfied waits for a re-assignment (POST …/assignment).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, RefreshMonthlyReport)> Post(Guid id, EvaluateRequestBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await GrievanceCase.LoadAsync(session, id, cancellation);
        GrievanceAccess.EnsureCanEvaluate(CurrentActor.Value, stream.Aggregate!);
        ClientTimes.RefuseFromEnterprise(request.RevisitedAt, "revisitedAt");
        var now = time.GetUtcNow();
        var evaluated = GrievanceDecisions.Evaluate(stream.Aggregate!, new EvaluateGrievance(request.Satisfied, request.Comment, request.RevisitedAt ?? now), now);
        return (CaseStreams.Append(stream, evaluated), new RefreshMonthlyReport(id));
    }
}
