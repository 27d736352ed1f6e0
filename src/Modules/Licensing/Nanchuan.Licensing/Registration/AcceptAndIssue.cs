using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.Licensing.Contracts;
using Nanchuan.Licensing.HallTargets;
using Wolverine;

namespace Nanchuan.Licensing.Registration;

public static class AcceptAndIssueEndpoints
{
    [WolverinePost("/api/licensing/registrations/{id}/acceptance")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("受理设立登记 / Accept a company registration")]
    [EndpointDescription("By a clerk of the registration's service point (another point's clerk: 403). Starts the 0.5-working-day limit (4 h 45 min of business hours): a warning one business hour before and an overdue check at the due time are scheduled durably.")]
    [ProducesResponseType<CompanyRegistration>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CompanyRegistration, OutgoingMessages)> Accept(
        Guid id, IDocumentSession session, TimeProvider clock, IWorkingDayCalendar calendar, DeadlineWatch watch, WarningLeads warnings,
        RegistrationDeadlines deadlines, CancellationToken cancellation)
    {
        var stream = await LoadAsync(session, id, cancellation);
        ServicePoints.EnsureClerkAt(CurrentActor.Value, stream.Aggregate!.ServicePoint);
        var accepted = RegistrationDecisions.Accept(stream.Aggregate!, clock.GetUtcNow(), calendar, warnings);
        stream.AppendOne(accepted);
        var state = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        var outgoing = new OutgoingMessages();
        deadlines.Watch(watch, outgoing, state);
        return (state, outgoing);
    }

    [WolverinePost("/api/licensing/registrations/{id}/licence")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("核发营业执照 / Issue the business licence")]
    [EndpointDescription("By a clerk of the registration's service point (another point's clerk: 403). Allocates the next organisation code from the district ledger (gap-free, never reused: the ledger stream is locked for the transaction), "
        + "composes the unified social credit code 9 1 500119 + organisation code + check character, and publishes CompanyRegistered through the outbox.")]
    [ProducesResponseType<CompanyRegistration>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(CompanyRegistration, CompanyRegistered, CaseClosed)> Issue(
        Guid id, IDocumentSession session, TimeProvider clock, IWorkingDayCalendar calendar, HallTargetMeasurements targets, CancellationToken cancellation)
    {
        // Lock the ledger first: concurrent issues queue here, so each sees the sequence the previous one committed.
        var ledger = await session.Events.FetchForExclusiveWriting<OrganisationCodeLedger>(OrganisationCodeLedger.StreamId, cancellation);
        var stream = await LoadAsync(session, id, cancellation);
        ServicePoints.EnsureClerkAt(CurrentActor.Value, stream.Aggregate!.ServicePoint);
        var sequence = (ledger.Aggregate?.LastSequence ?? 0) + 1;
        var issued = RegistrationDecisions.Issue(stream.Aggregate!, sequence, clock.GetUtcNow(), calendar);
        ledger.AppendOne(new OrganisationCodeAllocated(sequence, OrganisationCode.ForSequence(sequence), issued.CreditCode, id));
        stream.AppendOne(issued);
        var registration = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        targets.OfRegistration(session, registration, issued);
        return (registration, new CompanyRegistered(id, issued.CreditCode, registration.CompanyName, registration.LegalRepresentative,
            registration.Address, registration.ServicePoint, issued.IssuedAt, registration.Industry), RegistrationOversight.Closed(issued));
    }

    [WolverineGet("/api/licensing/registrations/{id}")]
    [Authorize(Roles = $"{Roles.WindowClerk},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor},{Roles.Admin}")]
    [Tags("Licensing")]
    [EndpointSummary("设立登记详情 / A company registration")]
    [EndpointDescription("Status, deadline, warning/overdue flags and, once issued, the credit code and the working time taken. Of the departments, 区市场监管局 (the registration authority) only; a clerk, the registrations of the clerk's own service point.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<CompanyRegistration> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.DepartmentHandler && actor.Department != SpotChecks.SpotCheckEndpoints.RegistrationAuthority)
            throw new AccessDeniedException($"设立登记仅{SpotChecks.SpotCheckEndpoints.RegistrationAuthority}可查阅 / of the departments, only {SpotChecks.SpotCheckEndpoints.RegistrationAuthority} reads company registrations.");
        var registration = await snapshots.LoadAsync<CompanyRegistration>(id, cancellation) ?? throw Name.NotFound(id);
        ServicePoints.EnsureClerkAt(actor, registration.ServicePoint);
        return registration;
    }

    internal static readonly CaseName Name = new("设立登记", "company registration");

    private static Task<JasperFx.Events.IEventStream<CompanyRegistration>> LoadAsync(IDocumentSession session, Guid id, CancellationToken cancellation) =>
        CaseStreams.LoadAsync<CompanyRegistration>(session, id, Name, cancellation);
}
