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
    public const string ServicePoint = "service_point";
    public const string DepartmentId = "department_id";

    public static IEnumerable<Claim> For(Actor actor)
    {
        yield return new Claim(Subject, actor.Id);
        yield return new Claim(Name, actor.Name);
        yield return new Claim(Role, actor.Role);
        if (actor.Department is not null) yield return new Claim(Department, actor.Department);
        if (actor.CreditCode is not null) yield return new Claim(CreditCode, actor.CreditCode);
        if (actor.ServicePoint is not null) yield return new Claim(ServicePoint, actor.ServicePoint);
        if (actor.DepartmentId is not null) yield return new Claim(DepartmentId, actor.DepartmentId);
    }

    /// <summary>The actor of an authenticated request; its channel is the role's (ADR 0032), never the client's word.</summary>
    public static Actor? FromPrincipal(ClaimsPrincipal principal)
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
            Channels.ForRole(role),
            principal.FindFirstValue(ServicePoint),
            principal.FindFirstValue(DepartmentId));
    }
}
