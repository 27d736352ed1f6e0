using Microsoft.AspNetCore.RateLimiting;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;

namespace Nanchuan.Awards.Receipts;

/// <summary>
/// A recount of the year's vote log: the votes counted again from the log, whether its hash chain holds (and where it first
/// breaks), the votes voided by a review (still in the log, left out of the count), and whether the recount equals the live tally.
/// </summary>
public sealed record RecountResult(
    int Year, long Votes, bool ChainIntact, long? FirstBreak, string Algorithm, string LastHash, IReadOnlyDictionary<Guid, int> Recounted,
    IReadOnlyDictionary<Guid, int> Voided, IReadOnlyList<PublicVoid> Voids, IReadOnlyDictionary<Guid, int> Live, bool EqualsLiveTally);

public static class RecountEndpoint
{
    [WolverineGet($"{AwardsModule.Route}/public/contests/{{year}}/recount")]
    [AllowAnonymous]
    [EnableRateLimiting(PublicRateLimits.PublicPages)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("公开复核计票 / Recount the vote")]
    [EndpointDescription("Without sign-in: recomputes the tally from the vote log and every hash of its chain, and compares the result with the live tally. Votes a review voided stay in the log and are shown apart (positions and reason), not counted. A void is a link of the chain too (the votes after it chain from it). A removed, inserted or altered vote or void shows as a broken chain at its position (a void's at the position of the vote after it).")]
    [ProducesResponseType<RecountResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<RecountResult> Get(int year, IQuerySession session, CancellationToken cancellation)
    {
        var live = await session.LoadAsync<VoteLog>(VoteLog.IdOf(year), cancellation)
                   ?? throw new NotFoundException($"{year}年度尚未开始网络票选 / the {year} online vote has not begun.");
        var log = (await session.Events.FetchStreamAsync(live.Id, token: cancellation)).Select(e => e.Data).ToList();
        var votes = log.OfType<VoteCast>().Select(PublicVote.Of).ToList();
        var voids = log.OfType<BurstVoided>().Select(PublicVoid.Of).ToList();
        var left = voids.SelectMany(v => v.Positions).ToHashSet();
        var recounted = live.Candidates.ToDictionary(id => id, id => votes.Count(v => v.EntryId == id && !left.Contains(v.Position)));
        var voided = live.Candidates.ToDictionary(id => id, id => votes.Count(v => v.EntryId == id && left.Contains(v.Position)));
        // A chain that holds but stops short of the live count, or of the hash its close recorded, lost its last votes or void.
        var closedOn = log.OfType<VotingClosed>().SingleOrDefault()?.LastHash;
        var firstBreak = VoteChain.FirstBreak(year, votes, voids, closedOn) ?? (votes.Count != live.Votes ? votes.Count + 1 : null);
        return new RecountResult(year, votes.Count, firstBreak is null, firstBreak, VoteChain.Algorithm, VoteChain.End(year, votes, voids),
            recounted, voided, voids, live.Tally, recounted.Count == live.Tally.Count && recounted.All(r => live.Tally.GetValueOrDefault(r.Key) == r.Value));
    }
}
