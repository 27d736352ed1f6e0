using Microsoft.AspNetCore.RateLimiting;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;

namespace Nanchuan.Awards.Receipts;

public static class CheckReceiptEndpoint
{
    [WolverineGet($"{AwardsModule.Route}/public/contests/{{year}}/votes/{{position}}")]
    [AllowAnonymous]
    [EnableRateLimiting(PublicRateLimits.PublicPages)]
    [Tags(AwardsModule.Tag)]
    [EndpointSummary("核对投票回执 / Check a vote receipt")]
    [EndpointDescription("Without sign-in: the vote at a position of the year's log as the public log shows it (case, day, time, commitment, previous hash, hash). A receipt is counted when its hash is the one here; the recount counts every vote of the log.")]
    [ProducesResponseType<PublicVote>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<PublicVote> Get(int year, long position, IQuerySession session, CancellationToken cancellation)
    {
        // The log opens with VoteLogOpened (version 1): the vote at position p is version p + 1.
        var events = position < 1 ? [] : await session.Events.FetchStreamAsync(VoteLog.IdOf(year), version: position + 1, fromVersion: position + 1, token: cancellation);
        return events.Select(e => e.Data).OfType<VoteCast>().Where(v => v.Position == position).Select(PublicVote.Of).SingleOrDefault()
               ?? throw new NotFoundException($"{year}年度投票记录中没有第{position}票 / there is no vote at position {position} of the {year} log.");
    }
}
