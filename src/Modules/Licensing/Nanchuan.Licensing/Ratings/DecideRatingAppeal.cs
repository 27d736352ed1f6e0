using Nanchuan.BuildingBlocks.Platform.Writes;
using Wolverine;

namespace Nanchuan.Licensing.Ratings;

public sealed record DecideRatingAppeal(bool Upheld, string Reason) : IOpenApiExample<DecideRatingAppeal>
{
    public static DecideRatingAppeal Example => new(true, "经核实企业误评，不计入满意率");
}

/// <summary>The business office's decision on an appeal: upheld leaves the rating out of the figures, dismissed keeps it.</summary>
internal static class DecideRatingAppealDecision
{
    public static RatingAppealDecided DecideAppeal(ServiceRatingCase rating, DecideRatingAppeal command, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", command.Reason, "处理理由", "the reason");
        errors.ThrowIfAny();
        if (rating.Appeal != AppealStatus.Lodged) throw new InvalidStateTransitionException(RatingDecisions.AppealLabel(rating.Appeal), "处理申诉");
        return new RatingAppealDecided(rating.Id, command.Upheld, reason, now);
    }
}

public static class DecideRatingAppealEndpoint
{
    [WolverinePost($"{RatingSteps.Route}/{{id}}/appeal/decision")]
    [Authorize(Roles = Roles.BusinessOffice)]
    [Tags("Licensing")]
    [EndpointSummary("处理误评申诉 / Decide an appeal")]
    [EndpointDescription("Upheld: the rating is left out of every figure and ranking, with the reason, and its follow-up deadlines stop. Dismissed: it stays.")]
    [ProducesResponseType<ServiceRatingCase>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(ServiceRatingCase, OutgoingMessages)> DecideAppeal(
        Guid id, DecideRatingAppeal command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<ServiceRatingCase>(session, id, RatingSteps.Name, cancellation);
        return await RatingSteps.AppendAsync(session, stream, DecideRatingAppealDecision.DecideAppeal(stream.Aggregate!, command, clock.GetUtcNow()), cancellation);
    }
}
