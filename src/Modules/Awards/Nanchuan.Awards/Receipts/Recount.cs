namespace Nanchuan.Awards.Receipts;

/// <summary>
/// A recount of the year's vote log: the votes counted again from the log, whether its hash chain holds (and where it first
/// breaks), and whether the recount equals the live tally.
/// </summary>
public sealed record RecountResult(
    int Year, long Votes, bool ChainIntact, long? FirstBreak, string Algorithm, string LastHash, IReadOnlyDictionary<Guid, int> Recounted,
    IReadOnlyDictionary<Guid, int> Live, bool EqualsLiveTally);

public static class RecountEndpoint
{
    [WolverineGet($"{AwardsModule.Route}/public/contests/{{year}}/recount")]
    [AllowAnonymous]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("公开复核计票 / Recount the vote")]
    [EndpointDescription("Without sign-in: recomputes the tally from the vote log and every hash of its chain, and compares the result with the live tally. A removed, inserted or altered vote shows as a broken chain at its position.")]
    [ProducesResponseType<RecountResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<RecountResult> Get(int year, IQuerySession session, CancellationToken cancellation)
    {
        var live = await session.LoadAsync<VoteLog>(VoteLog.IdOf(year), cancellation)
                   ?? throw new NotFoundException($"{year}年度尚未开始网络票选 / the {year} online vote has not begun.");
        var votes = (await session.Events.FetchStreamAsync(live.Id, token: cancellation)).Select(e => e.Data).OfType<VoteCast>().Select(PublicVote.Of).ToList();
        var recounted = live.Candidates.ToDictionary(id => id, id => votes.Count(v => v.EntryId == id));
        // A chain that holds but stops short of the live count lost its last votes.
        var firstBreak = VoteChain.FirstBreak(year, votes) ?? (votes.Count != live.Votes ? votes.Count + 1 : null);
        return new RecountResult(year, votes.Count, firstBreak is null, firstBreak, VoteChain.Algorithm, votes.LastOrDefault()?.Hash ?? VoteChain.Genesis(year),
            recounted, live.Tally, recounted.Count == live.Tally.Count && recounted.All(r => live.Tally.GetValueOrDefault(r.Key) == r.Value));
    }
}
