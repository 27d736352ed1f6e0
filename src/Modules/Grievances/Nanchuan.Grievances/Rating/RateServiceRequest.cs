using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Ratings;
using Nanchuan.Grievances.Deadlines;
using Nanchuan.Grievances.Access;
using Nanchuan.Grievances.Reporting;

namespace Nanchuan.Grievances.Rating;

/// <summary>好差评: one of the five levels and, optionally, why.</summary>
public sealed record RateServiceRequest(ServiceRating Rating, string? Comment) : IOpenApiExample<RateServiceRequest>
{
    public static RateServiceRequest Example => new(ServiceRating.BasicallySatisfied, "回复及时，但路面修补仍需跟进。");
}

public static class RateServiceEndpoint
{
    [WolverinePost($"{GrievancesModule.Route}/{{id}}/enterprise-rating")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(GrievancesModule.Tag)]
    [EndpointSummary("企业好差评 / The enterprise rates the service")]
    [EndpointDescription("The requesting enterprise rates the current round once its handling report is in, on the national 好差评 scale (非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意), once per round (again: 409). Counted in the monthly report's 好差评 figure; the BusinessOffice's revisit evaluation (POST …/evaluation) is separate and alone moves the request on.")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CaseStepRecorded, RefreshMonthlyReport, CaseRated)> Post(
        Guid id, RateServiceRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var stream = await GrievanceCase.LoadAsync(session, id, cancellation);
        GrievanceAccess.EnsureCanRate(CurrentActor.Value, stream.Aggregate!);
        var rated = GrievanceDecisions.Rate(stream.Aggregate!, new RateService(request.Rating, request.Comment), time.GetUtcNow());
        return (CaseStreams.Append(stream, rated), new RefreshMonthlyReport(id), GrievanceOversight.Rated(stream.Aggregate!, rated));
    }
}
