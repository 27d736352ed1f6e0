using Nanchuan.BuildingBlocks.Platform.Reads;

namespace Nanchuan.Procurement.Reading;

public static class GetProjectEndpoint
{
    [WolverineGet($"{ProcurementModule.Route}/projects/{{id}}")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(ProcurementModule.Tag)]
    [EndpointSummary("限下工程项目 / A works project")]
    [EndpointDescription("The project with its registrations, award, contract and deadlines: for its owner, the bidders registered and the contractor, its supervising department, 区发展改革委, the business office and supervisors.")]
    [ProducesResponseType<WorksProject>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<WorksProject> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation)
    {
        // The project's snapshot without a Marten session (ADR 0202).
        var project = await snapshots.LoadAsync<WorksProject>(id, cancellation) ?? throw ProcurementCases.ProjectName.NotFound(id);
        ProcurementAccess.EnsureCanSee(CurrentActor.Value, project);
        return project;
    }
}
