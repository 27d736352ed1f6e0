using Nanchuan.Enforcement.Inspecting;
using Nanchuan.Enforcement.OtherModules;

namespace Nanchuan.Enforcement.Visiting;

/// <summary>The inspector scanned the enterprise's code (企业码): it carries the enterprise's credit code.</summary>
public sealed record ScanEnterpriseCodeRequest(string? CreditCode) : IOpenApiExample<ScanEnterpriseCodeRequest>
{
    public static ScanEnterpriseCodeRequest Example => new("91500119MA5U8XRB98");
}

/// <summary>The enterprise confirms that inspectors of a department entered now.</summary>
public sealed record ConfirmVisitRequest(string? Department) : IOpenApiExample<ConfirmVisitRequest>
{
    public static ConfirmVisitRequest Example => new(Domain.Departments.MarketSupervision);
}

/// <summary>The visit: its authority and, when it rested on nothing, the unauthorised-inspection case opened for the Justice Bureau.</summary>
public sealed record VisitRegisteredResponse(Guid Id, VisitAuthority Authority, Guid? UnauthorisedInspectionId, IReadOnlyList<VisitChannel> Channels)
    : CreationResponse($"{EnforcementModule.Route}/visits/{Id}");

public static class ScanEnterpriseCodeEndpoint
{
    [WolverinePost($"{EnforcementModule.Route}/visits/scans")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("扫码入企 / Scan the enterprise's code on entering")]
    [EndpointDescription("An inspector of one of the 11 departments registers the visit as the inspectors enter (time and department from the server). It is authorised by a plan entry naming the department in this month, or by an exception inspection the department recorded for the enterprise earlier the same day; otherwise an unauthorised-inspection case is opened for the Justice Bureau (answer still 201: the visit happened and is on record). A visit the enterprise already confirmed is confirmed (200); scanning twice the same day is 409.")]
    [ProducesResponseType<VisitRegisteredResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<VisitRegisteredResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(IResult, OutgoingMessages)> Post(ScanEnterpriseCodeRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var department = EnforcementAccess.EnsureInspectingDepartment(CurrentActor.Value);
        var errors = new FieldErrors();
        var creditCode = errors.CreditCode("creditCode", request.CreditCode);
        errors.ThrowIfAny();
        var known = await session.LoadAsync<KnownEnterprise>(creditCode, cancellation);
        return await Visits.RegisterAsync(session, VisitChannel.InspectorScan, creditCode, known?.Name, department, time.GetUtcNow(), cancellation);
    }
}

public static class ConfirmVisitEndpoint
{
    [WolverinePost($"{EnforcementModule.Route}/visits/confirmations")]
    [Authorize(Roles = Roles.Enterprise)]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("企业确认入企检查 / The enterprise confirms a visit")]
    [EndpointDescription("The enterprise (its credit code from its sign-in) registers that inspectors of a department (one of the 11) entered now. Judged as a scan is; a visit the inspector already scanned is confirmed (200); confirming twice the same day is 409.")]
    [ProducesResponseType<VisitRegisteredResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<VisitRegisteredResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(IResult, OutgoingMessages)> Post(ConfirmVisitRequest request, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var department = request.Department?.Trim();
        if (department is null || !Domain.Departments.Inspecting.Contains(department))
            throw new DomainValidationException("department",
                $"检查部门应为参加“综合查一次”的11个部门之一：{string.Join("、", Domain.Departments.Inspecting)} / the department must be one of the 11 inspecting departments.");
        return await Visits.RegisterAsync(session, VisitChannel.EnterpriseConfirmation, actor.CreditCode!, actor.Name, department, time.GetUtcNow(), cancellation);
    }
}

/// <summary>Both channels: the first registration of the day judges the visit, the other channel's confirms it.</summary>
internal static class Visits
{
    public static readonly CaseName Name = new("入企登记", "inspection visit");

    public static async Task<(IResult, OutgoingMessages)> RegisterAsync(
        IDocumentSession session, VisitChannel channel, string creditCode, string? knownName, string department, DateTimeOffset now, CancellationToken cancellation)
    {
        var outgoing = new OutgoingMessages();
        var existing = await CaseStreams.LoadIfAnyAsync<InspectionVisit>(session, InspectionVisit.IdOf(creditCode, department, BeijingTime.DayOf(now)), cancellation);
        if (existing?.Aggregate is { } visit)
        {
            existing.AppendOne(VisitDecision.Confirm(visit, channel, now));
            return (Results.Ok(new VisitRegisteredResponse(visit.Id, visit.Authority, visit.UnauthorisedCaseId, [.. visit.Channels, channel])), outgoing);
        }
        var quarter = Quarter.Of(now);
        var quarterKey = quarter.ToString();
        var plan = await session.LoadAsync<QuarterlyPlan>(QuarterlyPlan.IdOf(quarter), cancellation);
        var exceptions = await session.Query<Inspection>()
            .Where(i => i.CreditCode == creditCode && i.LeadDepartment == department && i.Kind == InspectionKind.Exception && i.Quarter == quarterKey)
            .ToListAsync(cancellation);
        var decision = VisitDecision.Register(plan, exceptions, channel, creditCode, knownName, department, now);
        session.Events.StartStream<InspectionVisit>(decision.Registered.VisitId, decision.Registered);
        if (decision.Unauthorised is { } unauthorised)
        {
            session.Events.StartStream<UnauthorisedInspection>(unauthorised.CaseId, unauthorised);
            outgoing.Add(EnforcementCases.Opened(UnauthorisedInspection.Create(unauthorised)));
        }
        var response = new VisitRegisteredResponse(decision.Registered.VisitId, decision.Registered.Authority, decision.Registered.UnauthorisedCaseId, [channel]);
        return (Results.Created(response.Url, response), outgoing);
    }
}
