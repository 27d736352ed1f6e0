using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Events;
using Nanchuan.BuildingBlocks.Platform.Departments;
using Marten;

namespace Nanchuan.BuildingBlocks.Platform.Security;

/// <summary>A token for local use, for any role. Mapped only in the Development environment (see README).</summary>
/// <param name="Role">One of the user roles.</param>
/// <param name="Id">The user id (default: the role's development id).</param>
/// <param name="Name">Display name (default: the role).</param>
/// <param name="Department">A DepartmentHandler's department: the id of an active unit of the directory (or its current Chinese name); the token carries both.</param>
/// <param name="CreditCode">An Enterprise's unified social credit code.</param>
/// <param name="ServicePoint">A WindowClerk's workplace: 区政务服务中心 (the hall's window) or one of the 20 近快办 service points; required for that role.</param>
public sealed record DevelopmentTokenRequest(string Role, string? Id, string? Name, string? Department, string? CreditCode, string? ServicePoint = null)
    : IOpenApiExample<DevelopmentTokenRequest>
{
    public static DevelopmentTokenRequest Example => new(Roles.DepartmentHandler, "dh-scjgj-01", "区市场监管局 赵六", "qu-shichangjianguanju", null);
}

public sealed record DevelopmentTokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, Actor Actor);

public static class DevelopmentTokens
{
    public const string Route = "/api/dev/tokens";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public static void MapDevelopmentTokens(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, async (DevelopmentTokenRequest request, TokenIssuer issuer, TimeProvider clock, IQuerySession session, CancellationToken cancellation) =>
            {
                var errors = Validate(request);
                var department = errors.Count == 0 && request.Role == Roles.DepartmentHandler
                    ? await DepartmentOf(request.Department!, session, errors, cancellation)
                    : null;
                if (errors.Count > 0) return Results.ValidationProblem(errors, title: Errors.ProblemTitles.Validation);
                var actor = new Actor(
                    request.Id ?? $"{request.Role.ToLowerInvariant()}-dev",
                    request.Name ?? request.Role,
                    request.Role,
                    department?.Name,
                    request.CreditCode is null ? null : UnifiedSocialCreditCode.Parse(request.CreditCode).Value,
                    Channels.ForRole(request.Role),
                    request.Role == Roles.WindowClerk ? request.ServicePoint!.Trim() : null,
                    department?.DepartmentId);
                return Results.Ok(new DevelopmentTokenResponse(issuer.Issue(actor, Lifetime), "Bearer", clock.GetUtcNow().Add(Lifetime), actor));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimiting.PublicRateLimits.DevelopmentTokens)
            .WithName("IssueDevelopmentToken")
            .WithTags("Development")
            .WithSummary("签发本地开发令牌 / Issue a local development token (Development environment only)")
            .WithDescription("Returns a signed JWT for the given role. DepartmentHandler needs a department: an active unit of GET /api/directory/departments, by id (e.g. qu-shichangjianguanju) or current name (区市场监管局); the token carries its id and name; Enterprise needs a valid unified social credit code; WindowClerk needs a service point (区政务服务中心 or one of the 20 近快办 points, e.g. 东城).")
            .Produces<DevelopmentTokenResponse>()
            .ProducesValidationProblem();

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

    private static Dictionary<string, string[]> Validate(DevelopmentTokenRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Roles.UserRoles.Contains(request.Role))
            errors["role"] = [$"角色必须是 {string.Join("/", Roles.UserRoles)} 之一 / role must be one of {string.Join(", ", Roles.UserRoles)}."];
        if (request.Role == Roles.DepartmentHandler && string.IsNullOrWhiteSpace(request.Department))
            errors["department"] = ["部门经办人必须指定部门 / a DepartmentHandler needs a department."];
        if (request.Role == Roles.WindowClerk && !ServicePoints.IsWorkplace(request.ServicePoint))
            errors["servicePoint"] = [$"窗口人员须指定工作地点：{ServicePoints.Hall}或20个近快办服务点之一 / a WindowClerk needs a service point: {ServicePoints.Hall} or one of the 20 service points."];
        // Any role's code is checked: a code given to a non-enterprise would otherwise fail later, when the token is issued.
        if ((request.Role == Roles.Enterprise || request.CreditCode is not null) && !UnifiedSocialCreditCode.TryParse(request.CreditCode, out _, out var error))
            errors["creditCode"] = [error ?? "统一社会信用代码无效 / invalid credit code."];
        return errors;
    }
}
