using Nanchuan.BuildingBlocks.Platform.Actors;
using Wolverine;

namespace Nanchuan.Licensing.Ratings;

public sealed record ResolveBadRating(RatingResolution Resolution, string Account) : IOpenApiExample<ResolveBadRating>
{
    public static ResolveBadRating Example => new(RatingResolution.Rectified, "已修订一次性告知清单并对窗口人员进行培训");
}

/// <summary>The rectification or explanation of a 差评 (整改或解释说明): once, after the revisit.</summary>
internal static class ResolveBadRatingDecision
{
    public static BadRatingResolved Resolve(ServiceRatingCase rating, ResolveBadRating command, Actor actor, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.If(!Enum.IsDefined(command.Resolution), "resolution", "处理方式无效 / unknown resolution.");
        var account = errors.Text("account", command.Account, "整改或解释说明情况", "the account");
        errors.ThrowIfAny();
        RatingDecisions.EnsureFollowedUp(rating, "整改或解释说明");
        if (rating.ResolvedAt is not null) throw new InvalidStateTransitionException("已整改或说明", "整改或解释说明");
        if (rating.RevisitedAt is null) throw new InvalidStateTransitionException("待回访", "整改或解释说明", "先回访核实 / revisit first.");
        return new BadRatingResolved(rating.Id, command.Resolution, account, actor.Id, actor.Name, now);
    }
}

public static class ResolveBadRatingEndpoint
{
    [WolverinePost($"{RatingSteps.Route}/{{id}}/resolution")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.WindowClerk}")]
    [Tags("Licensing")]
    [EndpointSummary("差评整改或解释说明 / Rectify or explain a 差评")]
    [EndpointDescription("After the revisit, the unit that served records the rectification or its explanation; once, within the rectification limit (watched: warning, overdue).")]
    [ProducesResponseType<ServiceRatingCase>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(ServiceRatingCase, OutgoingMessages)> Resolve(
        Guid id, ResolveBadRating command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await RatingSteps.LoadForServingUnitAsync(session, id, cancellation);
        return await RatingSteps.AppendAsync(session, stream, ResolveBadRatingDecision.Resolve(stream.Aggregate!, command, CurrentActor.Value, clock.GetUtcNow()),
            cancellation);
    }
}
