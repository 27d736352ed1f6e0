using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Ratings;
using Wolverine;

namespace Nanchuan.Licensing.Ratings;

public sealed record AppealRating(string Reason) : IOpenApiExample<AppealRating>
{
    public static AppealRating Example => new("企业来电说明误按评价器“非常不满意”，本意为“非常满意”");
}

/// <summary>An appeal against a 差评 given by mistake (误评申诉): once, before any deduction.</summary>
internal static class AppealRatingDecision
{
    public static RatingAppealed Appeal(ServiceRatingCase rating, AppealRating command, Actor actor, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var reason = errors.Text("reason", command.Reason, "申诉理由", "the reason");
        errors.ThrowIfAny();
        if (!rating.IsBad) throw new InvalidStateTransitionException(rating.Rating.ToChinese(), "误评申诉", "只有差评可以申诉 / only a 差评 is appealed.");
        if (rating.Appeal != AppealStatus.None) throw new InvalidStateTransitionException(RatingDecisions.AppealLabel(rating.Appeal), "误评申诉");
        if (rating.DeductionId is not null) throw new InvalidStateTransitionException("已计入考核", "误评申诉", "已扣分的差评不再申诉 / a 差评 already deducted is not appealed.");
        return new RatingAppealed(rating.Id, reason, actor.Id, actor.Name, now);
    }
}

public static class AppealRatingEndpoint
{
    [WolverinePost($"{RatingSteps.Route}/{{id}}/appeal")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.WindowClerk}")]
    [Tags("Licensing")]
    [EndpointSummary("差评误评申诉 / Appeal a 差评 given by mistake")]
    [EndpointDescription("The unit that served appeals to the business office, once; until it is decided the 差评 cannot be deducted.")]
    [ProducesResponseType<ServiceRatingCase>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(ServiceRatingCase, OutgoingMessages)> Appeal(
        Guid id, AppealRating command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await RatingSteps.LoadForServingUnitAsync(session, id, cancellation);
        return await RatingSteps.AppendAsync(session, stream, AppealRatingDecision.Appeal(stream.Aggregate!, command, CurrentActor.Value, clock.GetUtcNow()),
            cancellation);
    }
}
