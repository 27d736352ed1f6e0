using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nanchuan.Console.Session;

namespace Nanchuan.Console.Pages;

internal sealed class SignOutModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await ConsoleSession.SignOutAsync(HttpContext);
        return Redirect(ConsoleSession.SignInPath);
    }
}
