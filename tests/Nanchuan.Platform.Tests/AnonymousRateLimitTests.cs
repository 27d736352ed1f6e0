using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>Issue 22: requests without a token are rate-limited per client with a 429 problem; signed-in users and health probes are not.</summary>
public sealed class AnonymousRateLimitTests
{
    [Fact]
    public async Task The_fourth_anonymous_request_in_a_minute_gets_a_429_problem_with_retry_after_while_signed_in_users_go_on()
    {
        var database = await TestDatabaseServer.CreateDatabaseAsync("ratelimit");
        await using var host = await PlatformHost.StartAsync(database, builder => builder.UseSetting("RateLimits:AnonymousPerMinute", "3"));
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
}
