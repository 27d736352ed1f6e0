using Nanchuan.BuildingBlocks.Platform.Reads;
namespace Nanchuan.Enforcement.Inspecting;

public static class GetInspectionEndpoint
{
    [WolverineGet($"{EnforcementModule.Route}/inspections/{{id}}")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("执法检查 / An inspection")]
    [EndpointDescription("The inspection with its findings and rectification deadlines: for the enterprise inspected, the inspection's departments, the Justice Bureau, the business office and supervisors.")]
    [ProducesResponseType<Inspection>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<Inspection> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation)
    {
        var inspection = await snapshots.LoadAsync<Inspection>(id, cancellation) ?? throw EnforcementCases.InspectionName.NotFound(id);
        EnforcementAccess.EnsureCanSee(CurrentActor.Value, inspection);
        return inspection;
    }
}
