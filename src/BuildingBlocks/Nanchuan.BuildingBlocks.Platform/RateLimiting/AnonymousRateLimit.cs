using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Nanchuan.BuildingBlocks.Platform.RateLimiting;

/// <summary>
/// Requests without a valid token (public lists, the token endpoint in Development, anything refused as unauthenticated) are
/// limited per client address: <c>RateLimits:AnonymousPerMinute</c> (default 300) in a one-minute window, then 429 problem
/// details with Retry-After (issue 22, docs/adr/0040). Authenticated users are not limited here; health probes never are.
/// </summary>
public static class AnonymousRateLimit
{
    public const int DefaultPerMinute = 300;

    public static IServiceCollection AddAnonymousRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:AnonymousPerMinute", DefaultPerMinute);
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.Identity?.IsAuthenticated == true || context.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                    }));
            options.OnRejected = (rejected, _) => TooManyRequests.WriteAsync(rejected,
                $"未登录的请求每分钟最多 {perMinute} 次，请稍后再试 / At most {perMinute} requests a minute without signing in: try again later");
            PublicRateLimits.Add(options, configuration);
        });
    }

    /// <summary>
    /// The limiter runs where a limit can apply: a request without a valid token, or an endpoint that names a policy. A signed-in
    /// user's request anywhere else would only take the no-limit partition, paying a lock, a lease and the limiter's metrics
    /// (bench S4, docs/adr/0161).
    /// </summary>
    public static IApplicationBuilder UseAnonymousRateLimit(this IApplicationBuilder app) =>
        app.UseWhen(MayBeLimited, limited => limited.UseRateLimiter());

    private static bool MayBeLimited(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true || context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null;
}
