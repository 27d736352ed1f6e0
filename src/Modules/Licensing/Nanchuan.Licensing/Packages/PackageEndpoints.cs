using Nanchuan.BuildingBlocks.Platform.Reads;
using Microsoft.Extensions.Options;
using Nanchuan.BuildingBlocks.Calendar;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Deadlines;
using Nanchuan.BuildingBlocks.Platform.Writes;
using Nanchuan.Licensing.Applications;
using Nanchuan.Licensing.Catalogue;
using Wolverine;

namespace Nanchuan.Licensing.Packages;

public static class PackageEndpoints
{
    [WolverinePost("/api/licensing/catalogue/packages")]
    [Authorize(Roles = Roles.Admin)]
    [Tags("Licensing")]
    [EndpointSummary("登记一件事一次办套餐 / Add a \"one thing, one go\" package to the catalogue")]
    [EndpointDescription("Admins only. Bundles at least two catalogue items; the material set is the union of their checklists without repeats. "
        + "Without its own promised limit the package takes the longest of its items' limits (default, `Licensing:Packages:DefaultPromisedLimit`). A code already catalogued is a 409.")]
    [ProducesResponseType<ServicePackage>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<ServicePackage> Add(CataloguePackage command, IDocumentSession session, IOptions<PackageOptions> options, CancellationToken cancellation)
    {
        var ids = (command.ItemIds ?? []).Distinct().ToList();
        var items = ids.Count == 0 ? [] : await session.LoadManyAsync<ServiceItem>(cancellation, ids);
        var catalogued = PackageDecisions.Catalogue(command, items, options.Value.DefaultPromisedLimit);
        return await CaseStreams.StartAsync<ServicePackage>(session, catalogued.PackageId, [catalogued], cancellation);
    }

    [WolverineGet("/api/licensing/catalogue/packages/{id}")]
    [Tags("Licensing")]
    [EndpointSummary("一件事一次办套餐 / A package")]
    [EndpointDescription("Its items, the merged material set and the promised limit with its basis.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<ServicePackage> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation) =>
        await snapshots.LoadAsync<ServicePackage>(id, cancellation) ?? throw NotFound(id);

    [WolverineGet("/api/licensing/catalogue/packages")]
    [Tags("Licensing")]
    [EndpointSummary("一件事一次办套餐清单 / All packages")]
    [EndpointDescription("Every package of the catalogue, by code.")]
    public static async Task<IReadOnlyList<ServicePackage>> List(IQuerySession session, CancellationToken cancellation) =>
        await session.Query<ServicePackage>().OrderBy(p => p.Code).ToListAsync(cancellation);

    [WolverinePost("/api/licensing/packages/{id}/applications")]
    [Authorize(Roles = $"{Roles.WindowClerk},{Roles.Enterprise}")]
    [Tags("Licensing")]
    [EndpointSummary("一件事一次办申请 / Apply for a package as one application")]
    [EndpointDescription("One application for all the package's items, checked against the merged material set: a one-time notice lists every missing material, "
        + "a complete application is accepted and the package's promised limit starts (warning and overdue as for any application); each item's department then decides its item. "
        + "An enterprise applies online under its own credit code only. The steps, time, materials and trips saved are recorded with it.")]
    [ProducesResponseType<ServiceApplication>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<(ServiceApplication, OutgoingMessages)> Apply(
        Guid id, SubmitPackageApplication command, IDocumentSession session, TimeProvider clock, IWorkingDayCalendar calendar,
        DeadlineWatch watch, ApplicationDeadlines deadlines, IOptions<PackageOptions> options, CancellationToken cancellation)
    {
        var package = await session.LoadAsync<ServicePackage>(id, cancellation) ?? throw NotFound(id);
        var actor = CurrentActor.Value;
        if (actor.Role == Roles.Enterprise)
        {
            if (actor.CreditCode != command.CreditCode.Value)
                throw new AccessDeniedException("企业只能以本企业名义申请 / an enterprise applies only under its own credit code.");
            if (command.InPerson) throw new DomainValidationException("inPerson", "网上申请不是到窗口 / an online application is not an in-person visit.");
            if (command.Assisted == true) throw new DomainValidationException("assisted", "企业网上申请无帮办代办 / an enterprise applying online acts for itself.");
        }
        var applicationId = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        var events = ApplicationDecisions.Receive(applicationId, package.Terms(), command.CreditCode, command.EnterpriseName, command.Materials, ApplicationEndpoints.HelperOf(command.Assisted),
            command.InPerson, now, calendar).ToList();
        events.Insert(1, new OneGoSavingsRecorded(applicationId, package.Id, package.Code, package.Name,
            PackageDecisions.Savings(package, options.Value.TripsPerSeparateApplication), now));
        var state = await CaseStreams.StartAsync<ServiceApplication>(session, applicationId, events, cancellation);
        return (state, ApplicationEndpoints.DeadlinesOf(state, events, watch, deadlines));
    }

    [WolverinePost("/api/licensing/applications/{id}/items/{itemId}/decision")]
    [Authorize(Roles = Roles.DepartmentHandler)]
    [Tags("Licensing")]
    [EndpointSummary("一件事分事项审批 / Decide one item of a package application")]
    [EndpointDescription("Only the item's department. When every item is approved the application is approved and goes to the result window; "
        + "the first rejection (citing the rule) rejects the application. Deciding an item twice is a 409.")]
    [ProducesResponseType<ServiceApplication>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<(ServiceApplication, OutgoingMessages)> DecideItem(
        Guid id, Guid itemId, DecideApplication command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await ApplicationEndpoints.LoadAsync(session, id, cancellation);
        var events = ApplicationDecisions.DecidePart(stream.Aggregate!, itemId, CurrentActor.Value.Department, command.Approved, command.Reasons, command.Rule, clock.GetUtcNow());
        stream.AppendMany(events);
        var state = await CaseStreams.StateAfterAsync(session, stream, cancellation);
        return (state, ApplicationOversight.Of(state, events));
    }

    private static NotFoundException NotFound(Guid id) => new($"一件事套餐{id}不存在 / package {id} not found.");
}
