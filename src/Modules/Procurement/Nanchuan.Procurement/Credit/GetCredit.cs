using Nanchuan.BuildingBlocks.Enterprises;

namespace Nanchuan.Procurement.Credit;

/// <summary>An incident as the bidder's record shows it, and whether its points count today.</summary>
public sealed record CreditIncidentView(Guid IncidentId, IncidentKind Kind, string KindName, int Points, DateOnly OccurredOn, DateOnly CountedUntil, bool Counted,
    Guid? ProjectId, string Source, string Note);

/// <summary>A bidder's standing today: counted points, the bar in force (with the first day it may register again) and its incidents.</summary>
public sealed record CreditStanding(string CreditCode, string? Name, DateOnly Today, int CountedPoints, RegistrationBar? Bar, IReadOnlyList<CreditIncidentView> Incidents);

public static class GetCreditEndpoint
{
    [WolverineGet($"{ProcurementModule.Route}/bidders/{{creditCode}}/credit")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("投标人信用记分 / A bidder's credit points")]
    [EndpointDescription("Counted points today, the registration bar in force and the day it ends (the first day the bidder may register again), and every incident with the day its points stop counting. A bidder reads its own; departments, the business office and supervisors any. A bidder with no incident has 0 points.")]
    [ProducesResponseType<CreditStanding>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<CreditStanding> Get(string creditCode, IQuerySession session, CreditPolicy policy, TimeProvider time, CancellationToken cancellation)
    {
        if (!UnifiedSocialCreditCode.TryParse(creditCode, out var code, out var error)) throw new DomainValidationException("creditCode", error!);
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise && !string.Equals(actor.CreditCode, code.Value, StringComparison.OrdinalIgnoreCase))
            throw new AccessDeniedException("投标人只能查阅本单位的信用记分 / a bidder reads its own record only.");
        var credit = await session.LoadAsync<BidderCredit>(BidderCredit.IdOf(code.Value), cancellation);
        return StandingOf(code.Value, credit, BeijingTime.DayOf(time.GetUtcNow()), policy);
    }

    internal static CreditStanding StandingOf(string creditCode, BidderCredit? credit, DateOnly today, CreditPolicy policy)
    {
        var incidents = credit?.Incidents ?? [];
        return new CreditStanding(creditCode, credit?.Name, today, CreditRules.CountedOn(incidents, today, policy), CreditRules.BarOn(credit, today),
            incidents.OrderBy(i => i.OccurredOn).Select(i =>
            {
                var until = i.OccurredOn.AddMonths(policy.CountingMonths);
                return new CreditIncidentView(i.IncidentId, i.Kind, i.Kind.ToChinese(), i.Points, i.OccurredOn, until, i.OccurredOn <= today && today < until,
                    i.ProjectId, i.Source, i.Note);
            }).ToList());
    }
}
