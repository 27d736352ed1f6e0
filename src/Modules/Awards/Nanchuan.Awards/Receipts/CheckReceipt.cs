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
        // The log opens with VoteLogOpened (version 1), so the vote at position p is version p + 1 plus the burst reviews
        // appended before it: at most as many as the log has reviewed.
        var log = position < 1 ? null : await session.LoadAsync<VoteLog>(VoteLog.IdOf(year), cancellation);
        var reviews = log?.Reviews ?? 0;
        var events = log is null || position > log.Votes ? []
            : await session.Events.FetchStreamAsync(log.Id, version: position + 1 + reviews, fromVersion: position + 1, token: cancellation);
        return events.Select(e => e.Data).OfType<VoteCast>().Where(v => v.Position == position).Select(PublicVote.Of).SingleOrDefault()
               ?? throw new NotFoundException($"{year}年度投票记录中没有第{position}票 / there is no vote at position {position} of the {year} log.");
    }
}
