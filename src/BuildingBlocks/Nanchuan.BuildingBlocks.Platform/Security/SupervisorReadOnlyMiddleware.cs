using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Errors;

namespace Nanchuan.BuildingBlocks.Platform.Security;

/// <summary>
/// Supervisors read everything and change nothing: any non-reading request of theirs is refused here, whatever the endpoint
/// says. The refusal's services are looked up only when refusing: every request passes here (bench S4).
/// </summary>
public sealed class SupervisorReadOnlyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var isRead = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method);
        if (isRead || CurrentActor.Value.Role != Roles.Supervisor)
        {
            await next(context);
            return;
        }
        const string reason = "监督人员只能查阅，不能修改 / supervisors may read but not change anything.";
        await context.RequestServices.GetRequiredService<AccessRefusalLog>().RecordAsync(context, reason);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = 403, Title = ProblemTitles.Forbidden, Detail = reason },
        });
    }
}
