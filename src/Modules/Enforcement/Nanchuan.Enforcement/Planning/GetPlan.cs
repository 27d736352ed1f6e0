namespace Nanchuan.Enforcement.Planning;

public static class GetPlanEndpoint
{
    [WolverineGet($"{EnforcementModule.Route}/plans/{{quarter}}")]
    [Authorize(Roles = $"{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(EnforcementModule.Tag)]
    [EndpointSummary("季度执法计划 / The quarter's plan")]
    [EndpointDescription("The plan as drawn (candidates, seed, algorithm, planned inspections with departments and inspectors) and which planned inspections were carried out. For the departments, the Justice Bureau, the business office and supervisors.")]
    [ProducesResponseType<QuarterlyPlan>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<QuarterlyPlan> Get(string quarter, IQuerySession session, CancellationToken cancellation)
    {
        if (!Quarter.TryParse(quarter, out var parsed)) throw new DomainValidationException("quarter", "季度格式应为如 2025Q2 / the quarter must look like 2025Q2.");
        return await session.LoadAsync<QuarterlyPlan>(QuarterlyPlan.IdOf(parsed), cancellation) ?? throw EnforcementCases.PlanName.NotFound(parsed);
    }
}
