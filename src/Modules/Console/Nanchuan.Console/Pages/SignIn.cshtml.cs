using System.IdentityModel.Tokens.Jwt;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.Console.Api;
using Nanchuan.Console.Session;

namespace Nanchuan.Console.Pages;

/// <summary>
/// Sign-in through the district's identity provider when one is configured (ADR 0127), and in Development with a token from
/// the platform's development endpoint (ADR 0082); either way the console's cookie keeps a platform token.
/// </summary>
internal sealed class SignInModel(ConsoleApi api, IWebHostEnvironment environment, IConfiguration configuration) : PageModel
{
    public bool IsDevelopment => environment.IsDevelopment();
    public bool HasIdentityProvider => OidcSignIn.IsConfigured(configuration);
    public string? Problem { get; private set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>Why the identity provider's sign-in was refused, when it was: the OIDC handler's redirect carries a code (ADR 0139).</summary>
    public void OnGet(string? problem) => Problem = SignInRefusal.Text(problem);

    public IActionResult OnPostOidc() => HasIdentityProvider
        ? Challenge(new AuthenticationProperties { RedirectUri = Back() }, OidcSignIn.Scheme)
        : NotFound();

    public Task<IActionResult> OnPostPresetAsync(string key, CancellationToken cancellation)
    {
        var identity = DevIdentities.All.FirstOrDefault(i => i.Key == key);
        return identity is null ? Task.FromResult<IActionResult>(BadRequest()) : SignInAsync(identity, cancellation);
    }

    public Task<IActionResult> OnPostCustomAsync(string role, string name, string? department, string? creditCode, string? servicePoint, CancellationToken cancellation) =>
        SignInAsync(new DevIdentity("custom", name, role, name, Blank(department), Blank(creditCode), Blank(servicePoint)), cancellation);

    private async Task<IActionResult> SignInAsync(DevIdentity identity, CancellationToken cancellation)
    {
        if (!IsDevelopment) return NotFound();
        var answer = await api.PostAnonymousAsync("/api/dev/tokens", new
        {
            role = identity.Role, id = (string?)null, name = identity.Name, department = identity.Department, creditCode = identity.CreditCode,
            servicePoint = identity.ServicePoint,
        }, cancellation);
        if (!answer.Ok)
        {
            Problem = $"登录失败：{answer.Problem}";
            return Page();
        }
        var actor = answer.Body.GetProperty("actor").Deserialize<Actor>(JsonSerializerOptions.Web)!;
        var token = answer.Body.GetProperty("accessToken").GetString()!;
        // The cookie ends with the token, by the token's own expiry: the API's expiresAt is read from the platform's clock.
        await ConsoleSession.SignInAsync(HttpContext, actor, token, new JwtSecurityTokenHandler().ReadJwtToken(token).ValidTo);
        return LocalRedirect(Back());
    }

    private string Back() => ReturnUrl is { } back && Url.IsLocalUrl(back) && back.StartsWith(ConsoleSession.Root, StringComparison.Ordinal) ? back : ConsoleSession.Root;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
