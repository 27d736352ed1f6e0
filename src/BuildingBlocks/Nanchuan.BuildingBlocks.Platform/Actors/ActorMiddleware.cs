using Microsoft.AspNetCore.Http;

namespace Nanchuan.BuildingBlocks.Platform.Actors;

/// <summary>Makes the authenticated user the current actor for the rest of the request (after authentication ran).</summary>
public sealed class ActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // An X-Channel header, which clients once sent, is ignored: the channel is the server's (ADR 0032).
        var actor = ActorClaims.FromPrincipal(context.User);
        if (actor is null)
        {
            await next(context);
            return;
        }
        using (CurrentActor.Use(actor))
        {
            await next(context);
        }
    }
}
