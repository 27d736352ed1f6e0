using System.Security.Claims;
using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.BuildingBlocks.Platform.Actors;

/// <summary>How an <see cref="Actor"/> is carried in a JWT and read back from the authenticated principal.</summary>
public static class ActorClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Department = "department";
    public const string CreditCode = "credit_code";
    /// <summary>Request header a client may use to name its channel (window, web, phone, box).</summary>
    public const string ChannelHeader = "X-Channel";

    public static IEnumerable<Claim> For(Actor actor)
    {
        yield return new Claim(Subject, actor.Id);
        yield return new Claim(Name, actor.Name);
        yield return new Claim(Role, actor.Role);
        if (actor.Department is not null) yield return new Claim(Department, actor.Department);
        if (actor.CreditCode is not null) yield return new Claim(CreditCode, actor.CreditCode);
    }

    public static Actor? FromPrincipal(ClaimsPrincipal principal, string? channel)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        var id = principal.FindFirstValue(Subject) ?? principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(Role) ?? principal.FindFirstValue(ClaimTypes.Role);
        if (id is null || role is null) return null;
        return new Actor(
            id,
            principal.FindFirstValue(Name) ?? id,
            role,
            principal.FindFirstValue(Department),
            principal.FindFirstValue(CreditCode),
            channel is not null && Channels.All.Contains(channel) ? channel : Channels.Web);
    }
}
