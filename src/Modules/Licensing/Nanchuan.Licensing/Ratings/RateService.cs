using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Ratings;
using Wolverine;

namespace Nanchuan.Licensing.Ratings;

/// <summary>好差评 of a finished case: which service and case, one of the five levels and, optionally, why (at most 500 characters).</summary>
public sealed record RateService(RatedServiceKind Service, Guid CaseId, ServiceRating Rating, string? Comment) : IOpenApiExample<RateService>
{
    public static RateService Example => new(RatedServiceKind.Application, Guid.Parse("0193a5b2-7c1d-7e4f-9a2b-3c4d5e6f7a8b"), ServiceRating.Dissatisfied,
        "窗口解释不清，来回跑了两次");
}

/// <summary>Rating a finished case: the request's own checks, then who may rate what and when.</summary>
internal static class RateServiceDecision
{
    /// <summary>The request's own checks, before anything is loaded: every field error at once.</summary>
    public static string? Check(RateService command)
    {
        var errors = new FieldErrors();
        errors.If(!Enum.IsDefined(command.Service), "service", "服务类型无效 / unknown service.");
        errors.If(!Enum.IsDefined(command.Rating), "rating", "评价等级无效 / unknown rating.");
        errors.If(command.CaseId == Guid.Empty, "caseId", "办件编号无效 / the case id is empty.");
        var comment = ServiceRatings.Comment(command.Comment);
        errors.If(comment?.Length > ServiceRatings.CommentMaxLength, "comment", ServiceRatings.CommentTooLong);
        errors.ThrowIfAny();
        return comment;
    }

    /// <summary>
    /// Only the enterprise the case belongs to rates it: online under its own credit code (一事一评), or at the window's terminal of the point
    /// that served it (一次一评, the clerk's session names the window). Once, and only when the case is finished.
    /// </summary>
    public static ServiceRated Rate(
        RatedService service, bool alreadyRated, Actor actor, ServiceRating rating, string? comment, RatingOptions options, IWorkingDayCalendar calendar,
        DateTimeOffset now)
    {
        var channel = actor.Role == Roles.WindowClerk ? RatingChannel.Window : RatingChannel.Online;
        if (channel == RatingChannel.Online && (service.CreditCode is null || actor.CreditCode != service.CreditCode))
            throw new AccessDeniedException($"只有办事企业本身可以评价该{RatedServices.Label(service.Kind)} / only the enterprise served may rate it.");
        if (channel == RatingChannel.Window && actor.ServicePoint != service.ServicePoint)
            throw new AccessDeniedException($"该{RatedServices.Label(service.Kind)}由{service.ServicePoint}办理，只能在其窗口评价器评价 / it is rated at the terminal of {service.ServicePoint}.");
        if (!service.Finished)
            throw new InvalidStateTransitionException(service.State, "好差评", "办结后方可评价 / a service is rated once it is finished.");
        if (alreadyRated)
            throw new InvalidStateTransitionException("已评价", "好差评", "每件只能评价一次 / a case is rated once.");

        var window = channel == RatingChannel.Window ? new RatedWindow(actor.Id, actor.Name) : service.Window;
        RatingFollowUp? followUp = rating.IsGood() ? null : new RatingFollowUp(
            options.RevisitWorkingDays, TimeLimit.WorkingDays(options.RevisitWorkingDays).DueFrom(calendar, now),
            options.RectificationWorkingDays, TimeLimit.WorkingDays(options.RectificationWorkingDays).DueFrom(calendar, now));
        return new ServiceRated(RatingDecisions.RatingIdFor(service.Kind, service.CaseId), service.Kind, service.CaseId, service.Title, service.CreditCode!,
            service.EnterpriseName, service.Department, service.ServicePoint, window, rating, channel, comment, now, followUp);
    }
}

/// <summary>好差评 (ADR 0095): the enterprise rates a finished service once, online or at the window's terminal.</summary>
public static class RateServiceEndpoint
{
    [WolverinePost(RatingSteps.Route)]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.WindowClerk}")]
    [Tags("Licensing")]
    [EndpointSummary("好差评 / Rate a finished service")]
    [EndpointDescription("Once per finished application, 一件事一次办 package, registration, 企业之家 desk request or financing request, on the national scale (非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意), with an optional comment (≤ 500). "
        + "Online (一事一评) the enterprise of the case rates under its own token; at the window (一次一评) the enterprise rates on the terminal of the clerk's session at the point that served it. "
        + "A 差评 starts the revisit (1 working day) and rectification (15 working days) deadlines. A second rating, or an unfinished case, is a 409.")]
    [ProducesResponseType<ServiceRatingCase>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(ServiceRatingCase, OutgoingMessages)> Rate(
        RateService command, IDocumentSession session, TimeProvider clock, IWorkingDayCalendar calendar, IOptions<RatingOptions> options, DeadlineWatch watch,
        RatingDeadlines deadlines, CancellationToken cancellation)
    {
        var comment = RateServiceDecision.Check(command);
        var service = await RatedServices.FindAsync(session, command.Service, command.CaseId, cancellation);
        var id = RatingDecisions.RatingIdFor(command.Service, command.CaseId);
        var rated = RateServiceDecision.Rate(service, await session.Events.FetchStreamStateAsync(id, cancellation) is not null, CurrentActor.Value, command.Rating,
            comment, options.Value, calendar, clock.GetUtcNow());
        // Two ratings at once both pass the check above; the store refuses the second stream of the same id (409).
        var state = await CaseStreams.StartAsync<ServiceRatingCase>(session, id, [rated], cancellation);
        var outgoing = new OutgoingMessages();
        RatingOversight.Rated(outgoing, state, rated, watch, deadlines);
        return (state, outgoing);
    }
}
