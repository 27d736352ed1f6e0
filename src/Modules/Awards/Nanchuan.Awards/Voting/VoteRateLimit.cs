using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;

namespace Nanchuan.Awards.Voting;

/// <summary>
/// The vote endpoint's own rate-limiting policy (ADR 0051): per signed-in voter, `Awards:VoteRequestsPerMinute` requests in a
/// one-minute window, then 429 with Retry-After. Per voter, not per address: a whole district behind one carrier NAT votes
/// from few addresses; a burst from one address is flagged in the log instead (never refused unseen). The rate limiter runs
/// before the platform sets the current actor, so the voter is read from the token here.
/// </summary>
internal sealed class VoteRateLimit(AwardsOptions options) : IRateLimiterPolicy<string>
{
    public const string Name = "awards-vote";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (rejected, _) => TooManyRequests.WriteAsync(rejected,
        $"每位投票人每分钟最多提交 {options.VoteRequestsPerMinute} 次投票请求，请稍后再试 / at most {options.VoteRequestsPerMinute} vote requests a minute per voter: try again later");

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(
            ActorClaims.FromPrincipal(httpContext.User)?.Id ?? httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.VoteRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        });
}
