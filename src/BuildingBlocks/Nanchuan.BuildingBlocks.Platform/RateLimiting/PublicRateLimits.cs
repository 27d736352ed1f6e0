using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace Nanchuan.BuildingBlocks.Platform.RateLimiting;

/// <summary>
/// The named policies of the endpoints anyone may call without signing in (issue 22 point 12, docs/adr/0040): every
/// <c>[AllowAnonymous]</c> endpoint but the health probes names one (a test checks it). Each limits per client address whether
/// or not the caller signed in, since a public page is as open to a signed-in scraper; its limit per minute is configurable.
/// </summary>
public static class PublicRateLimits
{
    /// <summary>Public lists and pages (一公开 results, open data, the contest's public pages and vote log): <c>RateLimits:PublicPagesPerMinute</c>.</summary>
    public const string PublicPages = "public-pages";

    /// <summary>
    /// The console's pages, assets and live updates (they check their own sign-in cookie): <c>RateLimits:ConsolePagesPerMinute</c>,
    /// higher than public pages since a whole office often reaches the Host from one address.
    /// </summary>
    public const string ConsolePages = "console-pages";

    /// <summary>The Development token endpoint: <c>RateLimits:DevelopmentTokensPerMinute</c>.</summary>
    public const string DevelopmentTokens = "development-tokens";

    public const int DefaultPublicPagesPerMinute = 600;
    public const int DefaultDevelopmentTokensPerMinute = 120;
    public const int DefaultConsolePagesPerMinute = 3000;

    internal static void Add(RateLimiterOptions options, IConfiguration configuration)
    {
        options.AddPolicy(PublicPages, new PerAddressPolicy(configuration.GetValue("RateLimits:PublicPagesPerMinute", DefaultPublicPagesPerMinute),
            "公开页面", "public pages"));
        options.AddPolicy(ConsolePages, new PerAddressPolicy(configuration.GetValue("RateLimits:ConsolePagesPerMinute", DefaultConsolePagesPerMinute),
            "监管工作台", "the console"));
        options.AddPolicy(DevelopmentTokens, new PerAddressPolicy(configuration.GetValue("RateLimits:DevelopmentTokensPerMinute", DefaultDevelopmentTokensPerMinute),
            "开发令牌", "development tokens"));
    }

    private sealed class PerAddressPolicy(int perMinute, string chinese, string english) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (rejected, _) => TooManyRequests.WriteAsync(rejected,
            $"{chinese}每个地址每分钟最多请求 {perMinute} 次，请稍后再试 / at most {perMinute} requests a minute per address for {english}: try again later");

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) => RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }
}
