using Microsoft.AspNetCore.Http;

namespace Nanchuan.BuildingBlocks.Platform.Actors;

/// <summary>Makes the authenticated user the current actor for the rest of the request (after authentication ran).</summary>
public sealed class ActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var actor = ActorClaims.FromPrincipal(context.User, context.Request.Headers[ActorClaims.ChannelHeader].FirstOrDefault());
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
