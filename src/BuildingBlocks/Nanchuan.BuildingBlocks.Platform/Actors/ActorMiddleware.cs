using Microsoft.AspNetCore.Http;

namespace Nanchuan.BuildingBlocks.Platform.Actors;

/// <summary>
/// Makes the authenticated user the current actor for the rest of the request (after authentication ran); the token's
/// claims are read when the actor is first asked for (ADR 0161).
/// </summary>
public sealed class ActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // An X-Channel header, which clients once sent, is ignored: the channel is the server's (ADR 0032).
        // Set inside this async method, the actor is the request's and reverts when the method returns (ADR 0206).
        if (context.User.Identity?.IsAuthenticated == true) CurrentActor.ActAsUserOf(context.User);
        await next(context);
    }
}
