using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Events;
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
                var claimed = new ClaimedIdentity(request.Role, request.Id ?? $"{request.Role?.ToLowerInvariant()}-dev", request.Name ?? request.Role ?? "",
                    request.Department, request.CreditCode, request.ServicePoint);
                var (actor, errors) = await PlatformIdentities.ResolveAsync(claimed, session, cancellation);
                if (actor is null) return Results.ValidationProblem(errors, title: Errors.ProblemTitles.Validation);
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
}
