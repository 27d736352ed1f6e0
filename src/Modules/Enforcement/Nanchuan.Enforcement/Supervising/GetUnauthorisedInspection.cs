using Nanchuan.BuildingBlocks.Platform.Reads;
namespace Nanchuan.Enforcement.Supervising;

public static class GetUnauthorisedInspectionEndpoint
{
    [WolverineGet($"{EnforcementModule.Route}/unauthorised-inspections/{{id}}")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("擅自检查线索 / An unauthorised-inspection case")]
    [ProducesResponseType<UnauthorisedInspection>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<UnauthorisedInspection> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation)
    {
        var report = await snapshots.LoadAsync<UnauthorisedInspection>(id, cancellation) ?? throw EnforcementCases.UnauthorisedName.NotFound(id);
        EnforcementAccess.EnsureCanSee(CurrentActor.Value, report);
        return report;
    }
}
