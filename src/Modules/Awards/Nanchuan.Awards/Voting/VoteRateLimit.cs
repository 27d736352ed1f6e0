using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Errors;

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

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (rejected, _) =>
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = rejected.HttpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests, Title = ProblemTitles.TooManyRequests,
                Detail = $"每位投票人每分钟最多提交 {options.VoteRequestsPerMinute} 次投票请求，请稍后再试 / at most {options.VoteRequestsPerMinute} vote requests a minute per voter: try again later",
            },
        });
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(
            ActorClaims.FromPrincipal(httpContext.User)?.Id ?? httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.VoteRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        });
}
