using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Nanchuan.BuildingBlocks.Platform.Requests;

/// <summary>
/// The client's address behind a reverse proxy (docs/operations/multi-node.md, docs/adr/0143): <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed only when the connection comes from a proxy named in <c>ReverseProxy:KnownProxies</c>
/// (addresses) or <c>ReverseProxy:KnownNetworks</c> (CIDR, e.g. <c>10.0.1.0/24</c>), and only their last
/// <c>ReverseProxy:ForwardLimit</c> entries (default 1: the address the proxy itself appended). With neither setting no
/// forwarded header is believed, from anyone: the rate limits and the vote sources see the connection's address.
/// </summary>
public static class ReverseProxies
{
    public static bool AreConfigured(IConfiguration configuration) => Proxies(configuration).Length + Networks(configuration).Length > 0;

    public static IServiceCollection AddReverseProxies(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = configuration.GetValue("ReverseProxy:ForwardLimit", 1);
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in Proxies(configuration))
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address : throw Invalid("KnownProxies", proxy));
            foreach (var network in Networks(configuration))
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var range) ? range : throw Invalid("KnownNetworks", network));
        });

    /// <summary>First in the pipeline when proxies are configured, so that logs, limits and handlers all see the client's address.</summary>
    public static void UseReverseProxies(this WebApplication app)
    {
        if (AreConfigured(app.Configuration)) app.UseForwardedHeaders();
    }

    private static string[] Proxies(IConfiguration configuration) => configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [];

    private static string[] Networks(IConfiguration configuration) => configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [];

    private static InvalidOperationException Invalid(string setting, string value) =>
        new($"ReverseProxy:{setting} 的值“{value}”不是有效的地址 / ReverseProxy:{setting}: '{value}' is not a valid address{(setting == "KnownNetworks" ? " range (CIDR)" : "")}.");
}
