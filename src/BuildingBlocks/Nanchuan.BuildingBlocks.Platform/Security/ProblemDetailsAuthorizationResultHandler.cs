using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Nanchuan.BuildingBlocks.Platform.Errors;
using Wolverine.Attributes;

namespace Nanchuan.BuildingBlocks.Platform.Security;

/// <summary>401 and 403 as problem details; a 403 names the roles that would have been allowed and is logged.</summary>
/// <remarks>
/// ASP.NET Core middleware, not a message handler: without [WolverineIgnore] Wolverine's naming convention
/// (a public `HandleAsync` on a type named `*Handler`) registers it as the handler of `RequestDelegate`
/// messages, and `codegen write` fails on it (docs/adr/0005-wolverine-code-generation.md).
/// </remarks>
[WolverineIgnore]
public sealed class ProblemDetailsAuthorizationResultHandler(IProblemDetailsService problemDetails, AccessRefusalLog refusals)
    : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Succeeded)
        {
            await _default.HandleAsync(next, context, policy, result);
            return;
        }

        ProblemDetails problem;
        if (result.Challenged)
        {
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = ProblemTitles.Unauthorized,
                Detail = "请携带有效的令牌 (Authorization: Bearer …) / send a valid bearer token.",
            };
        }
        else
        {
            var roles = policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).ToArray();
            var reason = roles.Length > 0
                ? $"此操作仅限角色 {string.Join("、", roles)} / only {string.Join(", ", roles)} may do this."
                : "无权访问 / access denied.";
            await refusals.RecordAsync(context, reason);
            problem = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = ProblemTitles.Forbidden, Detail = reason };
        }
        context.Response.StatusCode = problem.Status!.Value;
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
