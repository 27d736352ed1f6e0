using Alba;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>The platform with small limits: 3 anonymous requests a minute, 2 requests of a public page a minute per address.</summary>
public sealed class RateLimitedHost : PlatformHost
{
    protected override void ConfigureHost(IWebHostBuilder builder) => builder
        .UseSetting("RateLimits:AnonymousPerMinute", "3")
        .UseSetting("RateLimits:PublicPagesPerMinute", "2");
}

/// <summary>
/// Issue 22 point 12 (ADR 0040): requests without a token are rate-limited per client with a 429 problem; signed-in users and
/// health probes are not. Every endpoint open without sign-in names a rate-limiting policy of its own, limited per address.
/// </summary>
public sealed class AnonymousRateLimitTests(RateLimitedHost host) : IClassFixture<RateLimitedHost>
{
    [Fact]
    public async Task The_fourth_anonymous_request_in_a_minute_gets_a_429_problem_with_retry_after_while_signed_in_users_go_on()
    {
        var token = host.TokenFor(TestActors.BusinessOffice);
        // A small page, so the four requests fall in one window however busy the machine (the document itself takes seconds to render there).

        for (var i = 0; i < 3; i++) await host.Scenario(s => { s.Get.Url("/swagger/index.html"); s.StatusCodeShouldBe(200); });
        var refused = await host.Scenario(s => { s.Get.Url("/swagger/index.html"); s.StatusCodeShouldBe(429); });

        var problem = await refused.ReadAsJsonAsync<ProblemDetails>();
        (problem.Status, problem.Title).ShouldBe((429, "请求过于频繁 / Too many requests"));
        problem.Detail.ShouldNotBeNull().ShouldContain("每分钟最多 3 次");
        int.Parse(refused.Context.Response.Headers.RetryAfter.ToString()).ShouldBeInRange(1, 60);
        await host.Scenario(s => { s.Get.Url("/health/live"); s.StatusCodeShouldBe(200); });
        await host.Scenario(s =>
        {
            s.Get.Url("/api/grievances?limit=1");
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.StatusCodeShouldBe(200);
        });
    }

    [Fact]
    public async Task A_public_page_is_limited_per_address_for_signed_in_callers_too_with_a_bilingual_429_problem()
    {
        const string page = "/api/enforcement/public/results?quarter=2025Q2";
        for (var i = 0; i < 2; i++) await host.Get(TestActors.BusinessOffice, page);
        var refused = await host.Get(TestActors.BusinessOffice, page, 429);

        refused.Context.Response.ContentType.ShouldBe("application/problem+json");
        var problem = await refused.ReadAsJsonAsync<ProblemDetails>();
        (problem.Status, problem.Title).ShouldBe((429, "请求过于频繁 / Too many requests"));
        problem.Detail.ShouldBe("公开页面每个地址每分钟最多请求 2 次，请稍后再试 / at most 2 requests a minute per address for public pages: try again later");
        int.Parse(refused.Context.Response.Headers.RetryAfter.ToString()).ShouldBeInRange(1, 60);
    }

    [Fact]
    public void Every_endpoint_open_without_signing_in_but_the_health_probes_names_a_rate_limiting_policy()
    {
        var open = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null && !e.RoutePattern.RawText!.TrimStart('/').StartsWith("health/", StringComparison.Ordinal))
            .ToList();

        open.Count.ShouldBeGreaterThanOrEqualTo(8);
        open.Where(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName is not { Length: > 0 })
            .Select(e => e.RoutePattern.RawText).ShouldBeEmpty();
        open.Select(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>()!.PolicyName).Distinct()
            .ShouldBe([PublicRateLimits.PublicPages, PublicRateLimits.ConsolePages, PublicRateLimits.DevelopmentTokens], ignoreOrder: true);
    }
}
