using System.Net.ServerSentEvents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nanchuan.BuildingBlocks.Platform.RateLimiting;
using Nanchuan.Console.Session;

namespace Nanchuan.Console.Live;

/// <summary>`GET /console/live`: server-sent events, one `changed` per change of the oversight read side, for signed-in users.</summary>
internal static class LiveEndpoint
{
    public const string Route = "/console/live";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, async (HttpContext context, ConsoleSession session, LiveUpdates live, CancellationToken cancellation) =>
            {
                if (!await session.LoadAsync(context)) return Results.Unauthorized();
                return TypedResults.ServerSentEvents(Signals(live, cancellation));
            })
            .AllowAnonymous()
            .RequireRateLimiting(PublicRateLimits.ConsolePages)
            .ExcludeFromDescription();

    private static async IAsyncEnumerable<SseItem<string>> Signals(LiveUpdates live, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        using var subscription = live.Subscribe();
        // A first event at once: the response starts now, so the browser knows it is connected (and proxies pass the headers).
        yield return new SseItem<string>("", "ready");
        await foreach (var at in subscription.ReadAllAsync(cancellation)) yield return new SseItem<string>(at.ToString("O"), "changed");
    }
}
