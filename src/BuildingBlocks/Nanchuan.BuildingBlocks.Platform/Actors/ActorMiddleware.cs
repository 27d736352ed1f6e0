using Microsoft.AspNetCore.Http;
using Nanchuan.BuildingBlocks.Platform.Security;

namespace Nanchuan.BuildingBlocks.Platform.Actors;

/// <summary>
/// Makes the authenticated user the current actor for the rest of the request (after authentication ran): the actor a
/// remembered token's identity carries (ADR 0217), or else the token's claims, read when the actor is first asked for (ADR 0161).
/// </summary>
public sealed class ActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // An X-Channel header, which clients once sent, is ignored: the channel is the server's (ADR 0032).
        // Set inside this async method, the actor is the request's and reverts when the method returns (ADR 0206).
        // A remembered token's identity carries its actor, read once per token (ADR 0217); any other is read at first use.
        if (context.User.Identity is SignedInIdentity signedIn) CurrentActor.ActAs(signedIn.SignedInActor);
        else if (context.User.Identity?.IsAuthenticated == true) CurrentActor.ActAsUserOf(context.User);
        await next(context);
    }
}
