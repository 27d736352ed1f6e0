namespace Nanchuan.Awards.Reading;

public static class GetContestEndpoint
{
    [WolverineGet($"{AwardsModule.Route}/contests/{{year}}")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("年度评选详情 / A contest year in full")]
    [EndpointDescription("Everything the contest recorded: entries with media references and citations, assessments, standings, draws, panel, scores and approvals. For the BusinessOffice and supervisors.")]
    [ProducesResponseType<Contest>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static Task<Contest> Get(int year, IQuerySession session, CancellationToken cancellation) => AwardsCases.LoadAsync(session, year, cancellation);
}
