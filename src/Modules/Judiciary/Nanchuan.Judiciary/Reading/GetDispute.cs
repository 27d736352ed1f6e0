using Nanchuan.BuildingBlocks.Platform.Reads;
namespace Nanchuan.Judiciary.Reading;

public static class GetDisputeEndpoint
{
    [WolverineGet($"{JudiciaryModule.Route}/cases/{{id}}")]
    [Authorize(Roles = $"{Roles.Enterprise},{Roles.DepartmentHandler},{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(JudiciaryModule.Tag)]
    [EndpointSummary("涉企纠纷案件 / A dispute case")]
    [EndpointDescription("The case with its mediation, consultations, preservations and buffer: for the enterprise concerned, the court, the conflict-mediation centre, the units it was assigned to, the business office and supervisors. Natural persons' names and phones are masked except for those handling the case now (the court, the centre, the unit mediating it).")]
    [ProducesResponseType<DisputeCase>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<DisputeCase> Get(Guid id, CaseSnapshots snapshots, CancellationToken cancellation)
    {
        var dispute = await snapshots.LoadAsync<DisputeCase>(id, cancellation) ?? throw JudiciaryCases.DisputeName.NotFound(id);
        var actor = CurrentActor.Value;
        JudiciaryAccess.EnsureCanSee(actor, dispute);
        return dispute.IsHandledBy(actor) ? dispute : (DisputeCase)dispute.WithPersonalDataMasked();
    }
}
