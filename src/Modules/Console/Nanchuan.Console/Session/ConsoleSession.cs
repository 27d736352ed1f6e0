using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Actors;

namespace Nanchuan.Console.Session;

/// <summary>
/// The signed-in user of the console: the actor and the platform API token the pages forward (ADR 0082). Both live in the
/// console's cookie (encrypted by ASP.NET Core data protection), never in the browser's script-readable storage.
/// </summary>
internal sealed class ConsoleSession
{
    public const string Scheme = "NanchuanConsole";
    public const string Root = "/console";
    public const string SignInPath = "/console/sign-in";
    private const string TokenClaim = "console_api_token";

    public Actor? Actor { get; private set; }
    public string? Token { get; private set; }

    public Actor User => Actor ?? throw new InvalidOperationException("The console page ran without a signed-in user.");

    /// <summary>Reads the cookie; false when nobody is signed in (or the token has expired).</summary>
    public async Task<bool> LoadAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(Scheme);
        if (!result.Succeeded) return false;
        Actor = ActorClaims.FromPrincipal(result.Principal);
        Token = result.Principal.FindFirst(TokenClaim)?.Value;
        return Actor is not null && Token is not null;
    }

    public static Task SignInAsync(HttpContext context, Actor actor, string token, DateTimeOffset expiresAt) =>
        context.SignInAsync(Scheme, new ClaimsPrincipal(IdentityOf(actor, token)), new AuthenticationProperties { ExpiresUtc = expiresAt, IsPersistent = false });

    /// <summary>What the cookie holds: the actor's claims and the API token.</summary>
    public static ClaimsIdentity IdentityOf(Actor actor, string token) =>
        new(ActorClaims.For(actor).Append(new Claim(TokenClaim, token)), Scheme, ActorClaims.Name, ActorClaims.Role);

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(Scheme);
}
