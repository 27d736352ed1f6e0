using System.Net;
using Microsoft.AspNetCore.Hosting;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>The platform behind one known proxy (10.0.1.5), with 2 anonymous requests a minute per client.</summary>
public sealed class ReverseProxyHost : PlatformHost
{
    protected override void ConfigureHost(IWebHostBuilder builder) => builder
        .UseSetting("ReverseProxy:KnownProxies:0", "10.0.1.5")
        .UseSetting("RateLimits:AnonymousPerMinute", "2");
}

/// <summary>
/// Several nodes behind a reverse proxy (ADR 0143): the rate limits count per client address, which is read from
/// X-Forwarded-For only when a configured proxy sent it — and then only the entry the proxy appended.
/// </summary>
public sealed class ReverseProxyRateLimitTests(ReverseProxyHost host) : IClassFixture<ReverseProxyHost>
{
    [Fact]
    public async Task A_forged_forwarded_for_does_not_change_the_client_a_known_proxy_names_does()
    {
        // An unknown sender names a new client on every request: still one client, refused at the third.
        await AnonymousAsync("203.0.113.7", "198.51.100.1", 200);
        await AnonymousAsync("203.0.113.7", "198.51.100.2", 200);
        await AnonymousAsync("203.0.113.7", "198.51.100.3", 429);

        // Through the known proxy each client counts on its own; what a client forged before the proxy's entry is ignored.
        await AnonymousAsync("10.0.1.5", "6.6.6.1, 192.0.2.10", 200);
        await AnonymousAsync("10.0.1.5", "6.6.6.2, 192.0.2.10", 200);
        await AnonymousAsync("10.0.1.5", "6.6.6.3, 192.0.2.10", 429);
        await AnonymousAsync("10.0.1.5", "192.0.2.11", 200);
    }

    private Task AnonymousAsync(string connectedFrom, string forwardedFor, int status) => host.Scenario(s =>
    {
        s.ConfigureHttpContext(context => context.Connection.RemoteIpAddress = IPAddress.Parse(connectedFrom));
        s.WithRequestHeader("X-Forwarded-For", forwardedFor);
        s.Get.Url("/swagger/index.html");
        s.StatusCodeShouldBe(status);
    });
}
