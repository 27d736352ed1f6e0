using Nanchuan.Procurement.Credit;

namespace Nanchuan.Procurement.Worklists;

/// <summary>A project in a list: what it is, where it stands and the deadline of its current step.</summary>
public sealed record ProjectSummary(Guid Id, string Title, string Owner, string SupervisingDepartment, string Method, decimal Value, ProjectStatus Status,
    DateTimeOffset? RegistrationClosesAt, DateTimeOffset? DeadlineDueAt, string? Contractor);

/// <summary>One of a bidder's registrations and whether it won the award.</summary>
public sealed record BidderRegistrationSummary(Guid ProjectId, string Title, ProjectStatus Status, DateTimeOffset RegisteredAt, decimal? Quote, bool Awarded);

/// <summary>
/// What the signed-in user has to do or follow. An organisation: the projects it owns, its registrations and awards, and its
/// credit standing (counted points, the bar and when it ends). A supervising department: the justifications awaiting its
/// approval, its projects of the quarter and its check draw. Lists that do not concern the user are empty.
/// </summary>
public sealed record Worklist(
    string Quarter,
    IReadOnlyList<ProjectSummary> OwnProjects,
    IReadOnlyList<BidderRegistrationSummary> Registrations,
    CreditStanding? Credit,
    IReadOnlyList<ProjectSummary> AwaitingApproval,
    IReadOnlyList<ProjectSummary> DepartmentProjects,
    CheckDraw? Checks);

public static class GetWorklistEndpoint
{
    [WolverineGet($"{ProcurementModule.Route}/worklist")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler}")]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("我的待办 / My worklist")]
    [EndpointDescription("An organisation: the projects it owns, its registrations and awards, its counted points and registration bar. A supervising department: the justifications awaiting its approval, its projects published this quarter and its check draw of the quarter. Other departments: 403.")]
    [ProducesResponseType<Worklist>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    public static async Task<Worklist> Get(IQuerySession session, SupervisingDepartments departments, CreditPolicy policy, TimeProvider time, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var now = time.GetUtcNow();
        var quarter = Quarter.Of(now).ToString();
        if (actor.Role == Roles.Enterprise)
        {
            var code = actor.CreditCode ?? "";
            var owned = await session.Query<WorksProject>().Where(p => p.Owner.CreditCode == code).ToListAsync(cancellation);
            var bids = await session.Query<WorksProject>().Where(p => p.Registrations.Any(r => r.CreditCode == code)).ToListAsync(cancellation);
            var credit = await session.LoadAsync<BidderCredit>(BidderCredit.IdOf(code), cancellation);
            return new Worklist(quarter, Summaries(owned), [.. bids.OrderByDescending(p => p.PublishedAt).Select(p => RegistrationOf(p, code))],
                GetCreditEndpoint.StandingOf(code, credit, BeijingTime.DayOf(now), policy), [], [], null);
        }
        var department = actor.Department ?? "";
        if (!departments.Contains(department))
            throw new AccessDeniedException($"{department}不是限下工程的监管部门 / {department} supervises no below-threshold works projects.");
        var pending = await session.Query<WorksProject>()
            .Where(p => p.SupervisingDepartment == department && p.Status == ProjectStatus.AwaitingApproval).ToListAsync(cancellation);
        var ofQuarter = await session.Query<WorksProject>().Where(p => p.SupervisingDepartment == department && p.Quarter == quarter).ToListAsync(cancellation);
        var checks = await session.LoadAsync<CheckDraw>(CheckDraw.IdOf(department, quarter), cancellation);
        return new Worklist(quarter, [], [], null, Summaries(pending), Summaries(ofQuarter), checks);
    }

    private static List<ProjectSummary> Summaries(IEnumerable<WorksProject> projects) =>
    [
        .. projects.OrderByDescending(p => p.PublishedAt).Select(p => new ProjectSummary(p.Id, p.Title, p.Owner.Name, p.SupervisingDepartment, p.Method, p.Value,
            p.Status, p.RegistrationClosesAt, p.Deadline?.DueAt, p.Contractor?.Name)),
    ];

    private static BidderRegistrationSummary RegistrationOf(WorksProject project, string code)
    {
        var registration = project.Registrations.First(r => r.CreditCode == code);
        return new BidderRegistrationSummary(project.Id, project.Title, project.Status, registration.RegisteredAt, registration.Quote,
            project.Contractor?.CreditCode == code);
    }
}
