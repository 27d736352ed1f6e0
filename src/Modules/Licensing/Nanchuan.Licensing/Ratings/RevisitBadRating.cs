using Nanchuan.BuildingBlocks.Platform.Actors;
using Wolverine;

namespace Nanchuan.Licensing.Ratings;

public sealed record RevisitBadRating(string Findings) : IOpenApiExample<RevisitBadRating>
{
    public static RevisitBadRating Example => new("电话回访企业，确认因材料清单告知不完整多跑一次");
}

/// <summary>The revisit of a 差评 (回访核实): once, on a 差评 that still counts.</summary>
internal static class RevisitBadRatingDecision
{
    public static BadRatingRevisited Revisit(ServiceRatingCase rating, RevisitBadRating command, Actor actor, DateTimeOffset now)
    {
        RatingDecisions.EnsureFollowedUp(rating, "回访核实");
        if (rating.RevisitedAt is not null) throw new InvalidStateTransitionException("已回访", "回访核实");
        var errors = new FieldErrors();
        var findings = errors.Text("findings", command.Findings, "回访核实情况", "the findings");
        errors.ThrowIfAny();
        return new BadRatingRevisited(rating.Id, findings, actor.Id, actor.Name, now);
    }
}

public static class RevisitBadRatingEndpoint
{
    [WolverinePost($"{RatingSteps.Route}/{{id}}/revisit")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.WindowClerk}")]
    [Tags("Licensing")]
    [EndpointSummary("差评回访核实 / Revisit a 差评")]
    [EndpointDescription("The unit that served (a handler of its department or a clerk of its point) records what the revisit found; once, within the revisit limit (watched: warning, overdue).")]
    [ProducesResponseType<ServiceRatingCase>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(ServiceRatingCase, OutgoingMessages)> Revisit(
        Guid id, RevisitBadRating command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await RatingSteps.LoadForServingUnitAsync(session, id, cancellation);
        return await RatingSteps.AppendAsync(session, stream, RevisitBadRatingDecision.Revisit(stream.Aggregate!, command, CurrentActor.Value, clock.GetUtcNow()),
            cancellation);
    }
}
