using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Enterprises;
using Nanchuan.BuildingBlocks.Events;

namespace Nanchuan.BuildingBlocks.Platform.Security;

/// <summary>A token for local use, for any role. Mapped only in the Development environment (see README).</summary>
/// <param name="Role">One of the user roles.</param>
/// <param name="Id">The user id (default: the role's development id).</param>
/// <param name="Name">Display name (default: the role).</param>
/// <param name="Department">A DepartmentHandler's department.</param>
/// <param name="CreditCode">An Enterprise's unified social credit code.</param>
/// <param name="ServicePoint">A WindowClerk's workplace: 区政务服务中心 (the hall's window) or one of the 20 近快办 service points; required for that role.</param>
public sealed record DevelopmentTokenRequest(string Role, string? Id, string? Name, string? Department, string? CreditCode, string? ServicePoint = null)
    : IOpenApiExample<DevelopmentTokenRequest>
{
    public static DevelopmentTokenRequest Example => new(Roles.DepartmentHandler, "dh-scjgj-01", "区市场监管局 赵六", "区市场监管局", null);
}

public sealed record DevelopmentTokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, Actor Actor);

public static class DevelopmentTokens
{
    public const string Route = "/api/dev/tokens";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public static void MapDevelopmentTokens(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, (DevelopmentTokenRequest request, TokenIssuer issuer, TimeProvider clock) =>
            {
                var errors = Validate(request);
                if (errors.Count > 0) return Results.ValidationProblem(errors, title: Errors.ProblemTitles.Validation);
                var actor = new Actor(
                    request.Id ?? $"{request.Role.ToLowerInvariant()}-dev",
                    request.Name ?? request.Role,
                    request.Role,
                    request.Department,
                    request.CreditCode is null ? null : UnifiedSocialCreditCode.Parse(request.CreditCode).Value,
                    Channels.ForRole(request.Role),
                    request.Role == Roles.WindowClerk ? request.ServicePoint!.Trim() : null);
                return Results.Ok(new DevelopmentTokenResponse(issuer.Issue(actor, Lifetime), "Bearer", clock.GetUtcNow().Add(Lifetime), actor));
            })
            .AllowAnonymous()
            .WithName("IssueDevelopmentToken")
            .WithTags("Development")
            .WithSummary("签发本地开发令牌 / Issue a local development token (Development environment only)")
            .WithDescription("Returns a signed JWT for the given role. DepartmentHandler needs a department (e.g. 区市场监管局); Enterprise needs a valid unified social credit code; WindowClerk needs a service point (区政务服务中心 or one of the 20 近快办 points, e.g. 东城).")
            .Produces<DevelopmentTokenResponse>()
            .ProducesValidationProblem();

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
