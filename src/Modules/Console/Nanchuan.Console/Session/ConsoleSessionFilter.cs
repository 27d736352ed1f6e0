using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Nanchuan.Console.Session;

/// <summary>Every console page but sign-in needs a signed-in user; without one the browser goes to the sign-in page.</summary>
internal sealed class ConsoleSessionFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var session = context.HttpContext.RequestServices.GetRequiredService<ConsoleSession>();
        var signedIn = await session.LoadAsync(context.HttpContext);
        if (!signedIn && context.ActionDescriptor.ViewEnginePath != "/SignIn")
        {
            var back = context.HttpContext.Request.Path + context.HttpContext.Request.QueryString;
            context.Result = new RedirectResult($"{ConsoleSession.SignInPath}?returnUrl={Uri.EscapeDataString(back)}");
            return;
        }
        await next();
    }
}
