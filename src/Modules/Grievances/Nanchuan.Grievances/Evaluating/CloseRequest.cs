using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Reporting;

namespace Nanchuan.Grievances.Evaluating;

/// <summary>销号管理 → 同意销号, with an optional note (备注).</summary>
public sealed record CloseRequestBody(string? Note) : IOpenApiExample<CloseRequestBody>
{
    public static CloseRequestBody Example => new("企业对办理结果满意，同意销号。");
}

public static class CloseRequestEndpoint
{
    [WolverinePost($"{GrievancesModule.Route}/{{id}}/closure")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("同意销号 / Close the request")]
    [EndpointDescription("Only after a satisfied evaluation (directly or after 持续跟踪); otherwise 409 naming the current state. Publishes EnterpriseRequestClosed and the oversight contract's CaseClosed.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, Contracts.EnterpriseRequestClosed, CaseClosed, RefreshMonthlyReport)> Post(
        Guid id, CloseRequestBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await GrievanceCase.LoadAsync(session, id, cancellation);
        var closed = GrievanceDecisions.Close(stream.Aggregate!, new CloseGrievance(request.Note), time.GetUtcNow());
        var published = IntegrationMessages.Closed(stream.Aggregate!, closed);
        return (CaseStreams.Append(stream, closed), published, GrievanceOversight.Closed(stream.Aggregate!, closed), new RefreshMonthlyReport(id));
    }
}
