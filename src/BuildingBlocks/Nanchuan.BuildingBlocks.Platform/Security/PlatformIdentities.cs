using Marten;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Platform.Departments;

namespace Nanchuan.BuildingBlocks.Platform.Security;

/// <summary>Who a sign-in says someone is, before the platform checks it: from the development form or the identity provider's claims.</summary>
public sealed record ClaimedIdentity(string? Role, string Id, string Name, string? Department, string? CreditCode, string? ServicePoint);

/// <summary>
/// The one check every way of signing in goes through (development tokens, the console's OIDC sign-in): a user role, a
/// DepartmentHandler's active unit of the directory (ADR 0059), an Enterprise's valid credit code, a WindowClerk's workplace.
/// The actor's channel comes from its role, never from the claim.
/// </summary>
public static class PlatformIdentities
{
    public static async Task<(Actor? Actor, Dictionary<string, string[]> Errors)> ResolveAsync(
        ClaimedIdentity claimed, IQuerySession session, CancellationToken cancellation)
    {
        var errors = Validate(claimed);
        var department = errors.Count == 0 && claimed.Role == Roles.DepartmentHandler
            ? await DepartmentOf(claimed.Department!, session, errors, cancellation)
            : null;
        if (errors.Count > 0) return (null, errors);
        var role = claimed.Role!;
        return (new Actor(
            claimed.Id,
            claimed.Name,
            role,
            department?.Name,
            claimed.CreditCode is null ? null : UnifiedSocialCreditCode.Parse(claimed.CreditCode).Value,
            Channels.ForRole(role),
            role == Roles.WindowClerk ? claimed.ServicePoint!.Trim() : null,
            department?.DepartmentId), errors);
    }

    /// <summary>The token's department is the directory's unit (ADR 0059), so its id matches what cases are assigned to.</summary>
    private static async Task<DepartmentRecord?> DepartmentOf(string given, IQuerySession session, Dictionary<string, string[]> errors, CancellationToken cancellation)
    {
        var key = given.Trim();
        var unit = await DepartmentDirectory.FindAsync(session, key, cancellation)
                   ?? await session.Query<DepartmentRecord>().FirstOrDefaultAsync(r => r.Name == key, cancellation);
        if (unit is not { Active: true })
            errors["department"] = [$"机构目录中没有在用的单位“{key}” / the directory has no active unit '{key}' (see GET {DepartmentQueries.Route})."];
        return unit;
    }

    private static Dictionary<string, string[]> Validate(ClaimedIdentity claimed)
    {
        var errors = new Dictionary<string, string[]>();
        if (claimed.Role is null || !Roles.UserRoles.Contains(claimed.Role))
            errors["role"] = [$"角色必须是 {string.Join("/", Roles.UserRoles)} 之一 / role must be one of {string.Join(", ", Roles.UserRoles)}."];
        if (claimed.Role == Roles.DepartmentHandler && string.IsNullOrWhiteSpace(claimed.Department))
            errors["department"] = ["部门经办人必须指定部门 / a DepartmentHandler needs a department."];
        if (claimed.Role == Roles.WindowClerk && !ServicePoints.IsWorkplace(claimed.ServicePoint))
            errors["servicePoint"] = [$"窗口人员须指定工作地点：{ServicePoints.Hall}或20个近快办服务点之一 / a WindowClerk needs a service point: {ServicePoints.Hall} or one of the 20 service points."];
        // Any role's code is checked: a code given to a non-enterprise would otherwise fail later, when the token is issued.
        if ((claimed.Role == Roles.Enterprise || claimed.CreditCode is not null) && !UnifiedSocialCreditCode.TryParse(claimed.CreditCode, out _, out var error))
            errors["creditCode"] = [error ?? "统一社会信用代码无效 / invalid credit code."];
        return errors;
    }
}
