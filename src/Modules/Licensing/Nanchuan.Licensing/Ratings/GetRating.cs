using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.BuildingBlocks.Platform.Actors;

namespace Nanchuan.Licensing.Ratings;

/// <summary>One rating, for the enterprise that rated, the unit that served and the hall's management.</summary>
public static class GetRatingEndpoint
{
    [WolverineGet($"{RatingSteps.Route}/{{id}}")]
    [Authorize(Roles = Roles.AllButPublic)]
    [Tags("Licensing")]
    [EndpointSummary("好差评详情 / A rating")]
    [EndpointDescription("The enterprise that rated, the unit that served (its department's handlers, its point's clerks), the business office, supervisors and admins.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ServiceRatingCase> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation)
    {
        var rating = await snapshots.LoadAsync<ServiceRatingCase>(id, cancellation) ?? throw RatingSteps.Name.NotFound(id);
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise && actor.CreditCode != rating.CreditCode)
            throw new AccessDeniedException("企业只能查看本企业的评价 / an enterprise sees only its own ratings.");
        if (actor.Role is Roles.DepartmentHandler or Roles.WindowClerk) RatingDecisions.EnsureServingUnit(rating, actor);
        return rating;
    }
}
