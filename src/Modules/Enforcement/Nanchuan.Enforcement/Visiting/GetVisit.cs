using Nanchuan.BuildingBlocks.Platform.Reads;
namespace Nanchuan.Enforcement.Visiting;

public static class GetVisitEndpoint
{
    [WolverineGet($"{EnforcementModule.Route}/visits/{{id}}")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("入企登记 / An inspection visit")]
    [EndpointDescription("A registered visit: enterprise, department, day, how it was registered and confirmed, and what it rested on. For the enterprise visited, the department that visited, the Justice Bureau, the business office and supervisors.")]
    [ProducesResponseType<InspectionVisit>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<InspectionVisit> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation)
    {
        var visit = await snapshots.LoadAsync<InspectionVisit>(id, cancellation) ?? throw Visits.Name.NotFound(id);
        EnforcementAccess.EnsureCanSee(CurrentActor.Value, visit);
        return visit;
    }
}
