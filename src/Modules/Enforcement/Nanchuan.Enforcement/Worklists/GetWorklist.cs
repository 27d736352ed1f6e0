using Nanchuan.Enforcement.Publishing;

namespace Nanchuan.Enforcement.Worklists;

/// <summary>A rectification still owed, with its deadline.</summary>
public sealed record OpenRectification(Guid InspectionId, string CreditCode, string EnterpriseName, string ItemCode, string Department, DateTimeOffset DueAt, bool Overdue);

/// <summary>
/// What the signed-in user has to do or follow this quarter: the Justice Bureau its plan's open entries and the open
/// unauthorised-inspection cases; a department its planned inspections and the rectifications it must check; an enterprise
/// its own inspections and rectification deadlines. Lists that do not concern the role are empty.
/// </summary>
public sealed record Worklist(
    string Quarter,
    IReadOnlyList<PlannedInspection> PlannedInspections,
    IReadOnlyList<OpenRectification> OpenRectifications,
    IReadOnlyList<UnauthorisedInspection> OpenUnauthorisedInspections,
    IReadOnlyList<PublicInspectionResult> Inspections);

public static class GetWorklistEndpoint
{
    [WolverineGet($"{EnforcementModule.Route}/worklist")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler}")]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("我的待办 / My worklist")]
    [EndpointDescription("The Justice Bureau: the quarter's planned inspections not yet carried out and the open unauthorised-inspection cases. An inspecting department: its planned inspections not yet carried out and the open rectifications of its items. An enterprise: its inspections and open rectifications.")]
    [ProducesResponseType<Worklist>(StatusCodes.Status200OK)]
    public static async Task<Worklist> Get(IQuerySession session, ExceptionTypes exceptionTypes, TimeProvider time, CancellationToken cancellation)
    {
        var actor = CurrentActor.Value;
        var quarter = Quarter.Of(time.GetUtcNow());
        var plan = await session.LoadAsync<QuarterlyPlan>(QuarterlyPlan.IdOf(quarter), cancellation);
        var pending = plan?.Entries.Where(e => !plan.CarriedOut.ContainsKey(e.CreditCode)).ToList() ?? [];

        if (EnforcementAccess.IsJusticeBureau(actor))
        {
            var open = await session.Query<UnauthorisedInspection>()
                .Where(u => u.Status == UnauthorisedStatus.AwaitingVerification || u.Status == UnauthorisedStatus.Confirmed).ToListAsync(cancellation);
            return new Worklist(quarter.ToString(), pending, [], [.. open.OrderBy(u => u.RecordedAt)], []);
        }
        if (actor.Role == Roles.Enterprise)
        {
            var own = await session.Query<Inspection>().Where(i => i.CreditCode == actor.CreditCode).ToListAsync(cancellation);
            return new Worklist(quarter.ToString(), [], Owed(own, _ => true), [],
                [.. own.OrderBy(i => i.VisitedAt).Select(i => PublicResultsEndpoint.ResultOf(i, exceptionTypes))]);
        }
        var department = EnforcementAccess.EnsureInspectingDepartment(actor);
        var rectifying = await session.Query<Inspection>().Where(i => i.Status == InspectionStatus.Rectifying).ToListAsync(cancellation);
        return new Worklist(quarter.ToString(), [.. pending.Where(e => e.Departments.Contains(department))], Owed(rectifying, r => r.Department == department), [], []);
    }

    private static List<OpenRectification> Owed(IEnumerable<Inspection> inspections, Func<Rectification, bool> mine) =>
    [
        .. inspections.SelectMany(i => i.Rectifications.Where(r => r.IsOpen && mine(r))
            .Select(r => new OpenRectification(i.Id, i.CreditCode, i.EnterpriseName, r.ItemCode, r.Department, r.DueAt, r.Overdue))).OrderBy(r => r.DueAt),
    ];
}
