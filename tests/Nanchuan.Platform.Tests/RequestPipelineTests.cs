using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nanchuan.BuildingBlocks.Platform;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// What the platform keeps off the path of every request (ADR 0206; bench S4): no <see cref="IHttpContextAccessor"/>, and the
/// correlation id of the logs given by the logging providers' scope provider from the current activity, not pushed per request.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RequestPipelineTests(PlatformHost platform)
{
    /// <summary>The platform's own services with the Host's modules, without the test host (Alba registers an accessor of its own).</summary>
    [Fact]
    public void No_http_context_accessor_is_registered_so_the_server_reuses_a_connections_http_context()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddNanchuanPlatform([], [.. platform.Services.GetRequiredService<IReadOnlyList<INanchuanModule>>()]);

        builder.Services.Where(service => service.ServiceType == typeof(IHttpContextAccessor)).ShouldBeEmpty();
    }

    [Fact]
    public void The_log_scopes_give_the_root_id_of_the_current_activity_as_the_correlation_id_and_nothing_without_one()
    {
        var scopes = platform.Services.GetRequiredService<IExternalScopeProvider>();
        using var pushed = scopes.Push(new Dictionary<string, object?> { ["Pushed"] = 1 });

        var previous = Activity.Current;
        Activity.Current = null;
        Values(scopes).ShouldNotContainKey("CorrelationId");
        using (var request = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start())
        using (new Activity("child").Start())
        {
            var values = Values(scopes);
            values["CorrelationId"].ShouldBe(request.TraceId.ToHexString());
            values["Pushed"].ShouldBe(1);
        }
        Activity.Current = previous;
    }

    private static Dictionary<string, object?> Values(IExternalScopeProvider scopes)
    {
        var values = new Dictionary<string, object?>();
        scopes.ForEachScope((scope, into) =>
        {
            if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                foreach (var (key, value) in pairs) into[key] = value;
        }, values);
        return values;
    }
}
