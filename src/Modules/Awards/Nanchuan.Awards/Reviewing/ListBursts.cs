namespace Nanchuan.Awards.Reviewing;

public static class ListBurstsEndpoint
{
    [WolverineGet($"{AwardsModule.Route}/contests/{{year}}/bursts")]
    [Authorize(Roles = $"{Roles.BusinessOffice},{Roles.Supervisor}")]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("集中投票待复核 / Flagged bursts")]
    [EndpointDescription("The year's bursts: per network source (as a keyed hash) and window, the votes beyond the burst limit per candidate, and each burst's review (flagged, confirmed or voided, with the reason). For the BusinessOffice and supervisors.")]
    [ProducesResponseType<IReadOnlyList<Burst>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IReadOnlyList<Burst>> Get(int year, IQuerySession session, CancellationToken cancellation)
    {
        var log = await session.LoadAsync<VoteLog>(VoteLog.IdOf(year), cancellation)
                  ?? throw new NotFoundException($"{year}年度尚未开始网络票选 / the {year} online vote has not begun.");
        return await NumberedAsync(session, log.Id, cancellation);
    }

    /// <summary>The log's bursts, in order and numbered (the list, and the review that names one by its number).</summary>
    internal static async Task<IReadOnlyList<Burst>> NumberedAsync(IQuerySession session, Guid voteLogId, CancellationToken cancellation) =>
        Burst.NumberedInOrder(await session.Query<Burst>().Where(b => b.VoteLogId == voteLogId).ToListAsync(cancellation));
}
