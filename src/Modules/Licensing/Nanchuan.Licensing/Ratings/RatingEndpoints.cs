using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Licensing.StaffAssessment;
using Wolverine;

namespace Nanchuan.Licensing.Ratings;

/// <summary>好差评 of the hall's services (ADR 0095-0097): rate, follow a 差评 up, appeal, deduct.</summary>
public static class RatingEndpoints
{
    private const string Route = "/api/licensing/ratings";
    internal static readonly CaseName Name = new("好差评", "service rating");

    [WolverinePost(Route)]
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
        var comment = RatingDecisions.Check(command);
        var service = await RatedServices.FindAsync(session, command.Service, command.CaseId, cancellation);
        var id = RatingDecisions.RatingIdFor(command.Service, command.CaseId);
        var rated = RatingDecisions.Rate(service, await session.Events.FetchStreamStateAsync(id, cancellation) is not null, CurrentActor.Value, command.Rating, comment,
            options.Value, calendar, clock.GetUtcNow());
        // Two ratings at once both pass the check above; the store refuses the second stream of the same id (409).
        var state = await CaseStreams.StartAsync<ServiceRatingCase>(session, id, [rated], cancellation);
        var outgoing = new OutgoingMessages();
        deadlines.Watch(watch, outgoing, state);
        RatingOversight.Of(outgoing, state, rated);
        return (state, outgoing);
    }

    [WolverineGet($"{Route}/{{id}}")]
    [Authorize(Roles = Roles.AllButPublic)]
    [Tags("Licensing")]
    [EndpointSummary("好差评详情 / A rating")]
    [EndpointDescription("The enterprise that rated, the unit that served (its department's handlers, its point's clerks), the business office, supervisors and admins.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ServiceRatingCase> Get(Guid id, IQuerySession session, CancellationToken cancellation)
    {
        var rating = await session.LoadAsync<ServiceRatingCase>(id, cancellation) ?? throw Name.NotFound(id);
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise && actor.CreditCode != rating.CreditCode)
            throw new AccessDeniedException("企业只能查看本企业的评价 / an enterprise sees only its own ratings.");
        if (actor.Role is Roles.DepartmentHandler or Roles.WindowClerk) RatingDecisions.EnsureServingUnit(rating, actor);
        return rating;
    }

    [WolverinePost($"{Route}/{{id}}/revisit")]
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
        var stream = await LoadForServingUnitAsync(session, id, cancellation);
        return await AppendAsync(session, stream, RatingDecisions.Revisit(stream.Aggregate!, command, CurrentActor.Value, clock.GetUtcNow()), cancellation);
    }

    [WolverinePost($"{Route}/{{id}}/resolution")]
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
        var stream = await LoadForServingUnitAsync(session, id, cancellation);
        return await AppendAsync(session, stream, RatingDecisions.Resolve(stream.Aggregate!, command, CurrentActor.Value, clock.GetUtcNow()), cancellation);
    }

    [WolverinePost($"{Route}/{{id}}/appeal")]
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
        var stream = await LoadForServingUnitAsync(session, id, cancellation);
        return await AppendAsync(session, stream, RatingDecisions.Appeal(stream.Aggregate!, command, CurrentActor.Value, clock.GetUtcNow()), cancellation);
    }

    [WolverinePost($"{Route}/{{id}}/appeal/decision")]
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
        var stream = await CaseStreams.LoadAsync<ServiceRatingCase>(session, id, Name, cancellation);
        return await AppendAsync(session, stream, RatingDecisions.DecideAppeal(stream.Aggregate!, command, clock.GetUtcNow()), cancellation);
    }

    [WolverinePost($"{Route}/{{id}}/deduction")]
    [Authorize(Roles = $"{Roles.Admin},{Roles.BusinessOffice}")]
    [Tags("Licensing")]
    [EndpointSummary("差评计入月度考核 / Deduct a 差评 in the staff assessment")]
    [EndpointDescription("The hall's management turns a 差评 that counts (no appeal pending or upheld) into one deduction of the window's staff member, as a substantiated complaint: the written explanation (写说明) is then due through POST /api/licensing/staff/{staffId}/explanations. Once per rating.")]
    [ProducesResponseType<ServiceRatingCase>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<ServiceRatingCase> Deduct(
        Guid id, DeductForRating command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<ServiceRatingCase>(session, id, Name, cancellation);
        var rating = stream.Aggregate!;
        RatingDecisions.EnsureDeductible(rating, command);
        var now = clock.GetUtcNow();
        var staffId = rating.Window!.StaffId;
        var scorecard = await session.Events.FetchForWriting<StaffScorecard>(StaffAssessmentDecisions.AssessmentIdFor(staffId), cancellation);
        var events = StaffAssessmentDecisions.Deduct(scorecard.Aggregate, staffId, new RecordDeduction(null, RatingDecisions.Complaint(rating), command.Points),
            null, now);
        scorecard.AppendMany(events);
        var deducted = (DeductionRecorded)events[0];
        stream.AppendOne(new RatingDeductionRecorded(rating.Id, staffId, deducted.DeductionId, deducted.Points, now));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    /// <summary>The rating for a step of the unit that served it (403 for anyone else).</summary>
    private static async Task<JasperFx.Events.IEventStream<ServiceRatingCase>> LoadForServingUnitAsync(IDocumentSession session, Guid id, CancellationToken cancellation)
    {
        var stream = await CaseStreams.LoadAsync<ServiceRatingCase>(session, id, Name, cancellation);
        RatingDecisions.EnsureServingUnit(stream.Aggregate!, CurrentActor.Value);
        return stream;
    }

    /// <summary>Appends a step and answers the rating after it, with the oversight case event the step mirrors (decided on the state before it).</summary>
    private static async Task<(ServiceRatingCase, OutgoingMessages)> AppendAsync(
        IDocumentSession session, JasperFx.Events.IEventStream<ServiceRatingCase> stream, object recorded, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        RatingOversight.Of(outgoing, stream.Aggregate!, recorded);
        stream.AppendOne(recorded);
        return (await CaseStreams.StateAfterAsync(session, stream, cancellation), outgoing);
    }
}
