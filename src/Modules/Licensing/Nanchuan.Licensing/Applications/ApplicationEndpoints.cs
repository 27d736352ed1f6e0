using Nanchuan.BuildingBlocks.Platform.Reads;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.BuildingBlocks.Oversight;
using Nanchuan.Licensing.Catalogue;
using Nanchuan.Licensing.HallTargets;
using Nanchuan.Licensing.Packages;
using Wolverine;

namespace Nanchuan.Licensing.Applications;

public static class ApplicationEndpoints
{
    [WolverinePost("/api/licensing/applications")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("综合受理 / Receive an application at the front desk")]
    [EndpointDescription("Checks the materials against the item's checklist (with `assisted`, 帮办代办: the signed-in staff member is recorded as the enterprise's helper on this and every later act for it): a one-time notice (一次性告知) lists every missing material; a complete application is accepted and its promised limit starts (warning 1 working day before, overdue at the due time); an immediate item (即办件) is accepted, approved and issued in one step.")]
    [ProducesResponseType<ServiceApplication>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<(ServiceApplication, OutgoingMessages)> Submit(
        SubmitApplication command, IDocumentSession session, TimeProvider clock, IWorkingDayCalendar calendar, DeadlineWatch watch,
        ApplicationDeadlines deadlines, HallTargetMeasurements targets, CancellationToken cancellation)
    {
        var item = await session.LoadAsync<ServiceItem>(command.ItemId, cancellation)
                   ?? throw new DomainValidationException("itemId", "事项清单中无此事项 / no such item in the catalogue.");
        var id = Guid.CreateVersion7();
        var events = ApplicationDecisions.Receive(id, ApplicationTerms.Of(item), command.CreditCode, command.EnterpriseName, command.Materials, HelperOf(command.Assisted), command.InPerson, clock.GetUtcNow(), calendar);
        var state = await CaseStreams.StartAsync<ServiceApplication>(session, id, events, cancellation);
        targets.OfApplication(session, state, events);
        return (state, DeadlinesOf(state, events, watch, deadlines));
    }

    [WolverinePost("/api/licensing/applications/{id}/materials")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("补正材料 / Supplement materials")]
    [EndpointDescription("The enterprise brings what the one-time notice listed; checked again, the application is accepted when complete.")]
    [ProducesResponseType<ServiceApplication>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(ServiceApplication, OutgoingMessages)> Supplement(
        Guid id, SupplementMaterials command, IDocumentSession session, TimeProvider clock, IWorkingDayCalendar calendar, DeadlineWatch watch,
        ApplicationDeadlines deadlines, HallTargetMeasurements targets, CancellationToken cancellation)
    {
        var stream = await LoadAsync(session, id, cancellation);
        var item = await TermsAsync(session, stream.Aggregate!, cancellation);
        var events = ApplicationDecisions.Supplement(stream.Aggregate!, item, command.Materials, command.InPerson, CurrentActor.Value, clock.GetUtcNow(), calendar);
        stream.AppendMany(events);
        var state = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        targets.OfApplication(session, state, events);
        return (state, DeadlinesOf(state, events, watch, deadlines));
    }

    [WolverinePost("/api/licensing/applications/{id}/notices")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("一次性告知 / Issue a one-time notice")]
    [EndpointDescription("A later notice may only repeat materials of the first: asking for anything new is a 409 (the one-time notice fixed the list); a material not on the item's checklist is a 400.")]
    [ProducesResponseType<ServiceApplication>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<ServiceApplication> Notify(Guid id, IssueNotice command, IDocumentSession session, CancellationToken cancellation)
    {
        var stream = await LoadAsync(session, id, cancellation);
        var item = await TermsAsync(session, stream.Aggregate!, cancellation);
        stream.AppendOne(ApplicationDecisions.Notify(stream.Aggregate!, item, (command.Missing ?? []).Select(m => m.Trim()).Distinct().ToList()));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverinePost("/api/licensing/applications/{id}/visits")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("记录企业到窗口 / Record an in-person visit")]
    [EndpointDescription("Every in-person visit counts against the \"at most one trip\" (最多跑一次) rate.")]
    [ProducesResponseType<ServiceApplication>(StatusCodes.Status200OK)]
    public static async Task<ServiceApplication> Visit(Guid id, RecordVisit command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(command.Purpose)) throw new DomainValidationException("purpose", "请填写来访事由 / the purpose is required.");
        var stream = await LoadAsync(session, id, cancellation);
        stream.AppendOne(new VisitRecorded(id, command.Purpose.Trim(), clock.GetUtcNow(), stream.Aggregate!.AssistanceBy(CurrentActor.Value)));
        return await CaseStreams.StateAfterAsync(session, stream, cancellation);
    }

    [WolverinePost("/api/licensing/applications/{id}/decision")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags("Licensing")]
    [EndpointSummary("分类审批 / Approve or reject")]
    [EndpointDescription("Only the item's department; a rejection cites the rule.")]
    [ProducesResponseType<ServiceApplication>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(ServiceApplication, OutgoingMessages)> Decide(
        Guid id, DecideApplication command, IDocumentSession session, TimeProvider clock, HallTargetMeasurements targets, CancellationToken cancellation)
    {
        var stream = await LoadAsync(session, id, cancellation);
        var application = stream.Aggregate!;
        ApplicationDecisions.EnsureDecidedWhole(application);
        if (CurrentActor.Value.Department != application.Department)
            throw new AccessDeniedException($"该办件由{application.Department}审批 / the application is for {application.Department} to decide.");
        var decided = ApplicationDecisions.Decide(application, command.Approved, command.Reasons, command.Rule, clock.GetUtcNow());
        stream.AppendOne(decided);
        var state = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        targets.OfApplication(session, state, [decided]);
        return (state, ApplicationOversight.Of(state, [decided]));
    }

    [WolverinePost("/api/licensing/applications/{id}/result")]
    [Authorize(Roles = Roles.WindowClerk)]
    [Tags("Licensing")]
    [EndpointSummary("综合窗口出件 / Issue the result")]
    [EndpointDescription("The licence or certificate number, collected at the window or mailed.")]
    [ProducesResponseType<ServiceApplication>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(ServiceApplication, OutgoingMessages)> Issue(
        Guid id, IssueApplicationResult command, IDocumentSession session, TimeProvider clock, HallTargetMeasurements targets, CancellationToken cancellation)
    {
        var stream = await LoadAsync(session, id, cancellation);
        var issued = ApplicationDecisions.IssueResult(stream.Aggregate!, command.ResultNumber, command.Mailed, clock.GetUtcNow());
        stream.AppendOne(issued);
        var state = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        targets.OfApplication(session, state, [issued]);
        return (state, ApplicationOversight.Of(state, [issued]));
    }

    [WolverineGet("/api/licensing/applications/{id}")]
    [Authorize(Roles = Roles.AllButPublic)]
    [Tags("Licensing")]
    [EndpointSummary("办件详情 / An application")]
    [EndpointDescription("An enterprise sees only its own applications; a department handler only its department's; a window clerk those of the hall's window, where applications are lodged.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ServiceApplication> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation)
    {
        var application = await snapshots.LoadAsync<ServiceApplication>(id, cancellation) ?? throw Name.NotFound(id);
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise && actor.CreditCode != application.CreditCode.Value)
            throw new AccessDeniedException("企业只能查看本企业的办件 / an enterprise sees only its own applications.");
        if (actor.Role == Roles.DepartmentHandler && !application.IsForDepartment(actor.Department))
            throw new AccessDeniedException("部门只能查看本部门的办件 / a department sees only its own applications.");
        if (actor.Role == Roles.WindowClerk && actor.ServicePoint != ServicePoints.Hall)
            throw new AccessDeniedException($"办件在{ServicePoints.Hall}综合窗口受理，服务点窗口人员不能查阅 / applications are lodged at the hall's window; a service point's clerk does not read them.");
        return application;
    }

    /// <summary>帮办代办: the signed-in staff member is the helper; the request body only says whether the application is assisted.</summary>
    internal static Actor? HelperOf(bool? assisted) => assisted == true ? CurrentActor.Value : null;

    /// <summary>
    /// The case events these events mirror, and the promised limit an acceptance among them started, watched by the platform: an application
    /// accepted as it is received opens carrying its limit (ADR 0204); one accepted later, its materials supplemented, sets it.
    /// </summary>
    internal static OutgoingMessages DeadlinesOf(ServiceApplication state, IReadOnlyCollection<object> events, DeadlineWatch watch, ApplicationDeadlines deadlines)
    {
        var outgoing = new OutgoingMessages();
        foreach (var mirrored in ApplicationOversight.Of(state, events))
            if (mirrored is CaseOpened opened) deadlines.Open(watch, outgoing, opened, state);
            else outgoing.Add(mirrored);
        if (events.OfType<ApplicationAccepted>().Any() && !events.OfType<ApplicationReceived>().Any()) deadlines.Watch(watch, outgoing, state);
        return outgoing;
    }

    /// <summary>The checklist and limits the application is held to: its catalogue item's, or its package's merged set.</summary>
    private static async Task<ApplicationTerms> TermsAsync(IQuerySession session, ServiceApplication application, CancellationToken cancellation) =>
        application.Parts.Count == 0
            ? ApplicationTerms.Of(await session.LoadAsync<ServiceItem>(application.ItemId, cancellation)
                                  ?? throw new NotFoundException($"事项{application.ItemCode}不存在 / item {application.ItemCode} not found."))
            : (await session.LoadAsync<ServicePackage>(application.ItemId, cancellation)
               ?? throw new NotFoundException($"一件事套餐{application.ItemCode}不存在 / package {application.ItemCode} not found.")).Terms();

    internal static readonly CaseName Name = new("办件", "application");

    internal static Task<JasperFx.Events.IEventStream<ServiceApplication>> LoadAsync(IDocumentSession session, Guid id, CancellationToken cancellation) =>
        CaseStreams.LoadAsync<ServiceApplication>(session, id, Name, cancellation);
}
