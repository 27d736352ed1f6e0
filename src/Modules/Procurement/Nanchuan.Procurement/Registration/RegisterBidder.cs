namespace Nanchuan.Procurement.Registration;

/// <summary>A bidder's registration: the signed-in organisation; <c>quote</c> (CNY, to the fen) is required for a price comparison and refused otherwise.</summary>
public sealed record RegisterBidderBody(decimal? Quote) : IOpenApiExample<RegisterBidderBody>
{
    public static RegisterBidderBody Example => new(812_500.00m);
}

public static class RegisterBidderEndpoint
{
    [WolverinePost($"{ProcurementModule.Route}/projects/{{id}}/registrations")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("投标人报名 / Register as a bidder")]
    [EndpointDescription("An organisation registers for a project in registration until its registration deadline (server time; the deadline itself still counts). After it, or in any other state, 409 naming the state; a second registration of the same bidder is 409. A bidder barred for its credit points is refused (403) with the day it may register again. The owner cannot register for its own project (403).")]
    [ProducesResponseType<CaseStepRecorded>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<CaseStepRecorded> Post(Guid id, RegisterBidderBody request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var bidder = ProcurementAccess.EnsureEnterprise(CurrentActor.Value, "报名");
        var stream = await CaseStreams.LoadAsync<WorksProject>(session, id, ProcurementCases.ProjectName, cancellation);
        var state = stream.Aggregate!;
        if (state.Owner.CreditCode == bidder.CreditCode) throw new AccessDeniedException("项目业主不能报名自己的项目 / the owner cannot bid for its own project.");
        var now = time.GetUtcNow();
        var bar = CreditRules.BarOn(await session.LoadAsync<BidderCredit>(BidderCredit.IdOf(bidder.CreditCode), cancellation), BeijingTime.DayOf(now));
        if (bar is not null)
            throw new AccessDeniedException($"不良行为记分累计{bar.CountedPoints}分，自{bar.From:yyyy-MM-dd}起限制报名，{bar.Until:yyyy-MM-dd}起方可报名 / " +
                                            $"{bar.CountedPoints} counted points: barred from registering from {bar.From:yyyy-MM-dd}; it may register again from {bar.Until:yyyy-MM-dd}.");
        return CaseStreams.Append(stream, RegistrationDecision.Register(state, bidder, request.Quote, now));
    }
}

internal static class RegistrationDecision
{
    private const string Action = "报名 (register)";

    public static BidderRegistered Register(WorksProject state, Party bidder, decimal? quote, DateTimeOffset now)
    {
        if (state.Status != ProjectStatus.Registering) throw new InvalidStateTransitionException(state.Status.ToChinese(), Action);
        if (now > state.RegistrationClosesAt)
            throw new InvalidStateTransitionException("报名已截止", Action,
                $"报名已于{state.RegistrationClosesAt!.Value.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}截止 / registration closed at {state.RegistrationClosesAt:O}.");
        if (state.Registrations.Any(r => r.CreditCode == bidder.CreditCode))
            throw new InvalidStateTransitionException("已报名", Action, $"{bidder.Name}已报名本项目 / {bidder.CreditCode} is registered already.");
        var errors = new FieldErrors();
        if (state.AwardRule == AwardRule.LowestQuote) errors.Money("quote", quote, "报价", "the quote");
        else errors.If(quote is not null, "quote", $"{state.MethodName}不报价 / only a price comparison takes a quote.");
        errors.ThrowIfAny();
        return new BidderRegistered(state.Id, bidder.CreditCode, bidder.Name, quote, now);
    }
}
