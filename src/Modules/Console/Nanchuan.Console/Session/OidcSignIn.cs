using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Nanchuan.BuildingBlocks.Platform.Security;

namespace Nanchuan.Console.Session;

/// <summary>
/// The district's identity provider (南川区统一身份认证平台) as the console's sign-in (ADR 0127): settings under
/// <c>Console:Oidc</c>. Claim names are the provider's; the defaults are the ones agreed for the district's provider.
/// </summary>
internal sealed class ConsoleOidcOptions
{
    public const string Section = "Console:Oidc";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>Off only for a provider on a private network without TLS (and in the tests).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
    public string RoleClaim { get; set; } = "nanchuan_role";
    public string DepartmentClaim { get; set; } = "nanchuan_department";
    public string CreditCodeClaim { get; set; } = "nanchuan_credit_code";
    public string ServicePointClaim { get; set; } = "nanchuan_service_point";
    public string NameClaim { get; set; } = "name";
    /// <summary>
    /// The address browsers reach the console at (e.g. https://yshj.nanchuan.gov.cn/), when the Host sees another one behind a
    /// proxy; the provider sends the browser back to its /console/signin-oidc. Default: the address of the request.
    /// </summary>
    public Uri? PublicAddress { get; set; }
    /// <summary>How long a console session (and the platform token in it) lasts: one working day by default.</summary>
    public double SessionHours { get; set; } = 10;
}

/// <summary>
/// Authorization code flow with PKCE; the provider's validated identity is checked like any sign-in
/// (<see cref="PlatformIdentities"/>) and exchanged for a platform token kept in the console's cookie, as in Development.
/// The API itself keeps accepting only platform tokens.
/// </summary>
internal static class OidcSignIn
{
    public const string Scheme = "NanchuanConsoleOidc";
    public const string CallbackPath = "/console/signin-oidc";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{ConsoleOidcOptions.Section}:Authority"]);

    public static void Add(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ConsoleOidcOptions.Section).Get<ConsoleOidcOptions>() ?? new ConsoleOidcOptions();
        if (string.IsNullOrWhiteSpace(settings.ClientId))
            throw new InvalidOperationException($"{ConsoleOidcOptions.Section}:ClientId must be set when {ConsoleOidcOptions.Section}:Authority is.");
        authentication.AddOpenIdConnect(Scheme, "南川区统一身份认证平台", options =>
        {
            options.Authority = settings.Authority;
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // The code comes back on a top-level GET, so the correlation and nonce cookies can be SameSite=Lax; form_post would need
            // SameSite=None, which browsers accept only on https. Only the code (bound to this browser by PKCE) is in the URL.
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Its cookies expire in real time, like the console's own: a test clock must not make them born expired.
            options.TimeProvider = TimeProvider.System;
            options.CallbackPath = CallbackPath;
            options.SignInScheme = ConsoleSession.Scheme;
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.Events.OnTokenValidated = context => OnValidatedAsync(context, settings);
            if (settings.PublicAddress is { } address)
                options.Events.OnRedirectToIdentityProvider = context =>
                {
                    // The handler keeps this redirect_uri in the state and redeems the code with it.
                    context.ProtocolMessage.RedirectUri = new Uri(address, CallbackPath).ToString();
                    return Task.CompletedTask;
                };
            options.Events.OnRemoteFailure = context =>
            {
                // A code, never text, in the address (ADR 0139); the page maps it to its words.
                var code = context.Failure is SignInRefusal refusal ? refusal.Code : SignInRefusal.Failed;
                context.Response.Redirect($"{ConsoleSession.SignInPath}?problem={code}");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>Replaces the provider's principal by the console's: the checked actor and a platform token for it.</summary>
    private static async Task OnValidatedAsync(TokenValidatedContext context, ConsoleOidcOptions settings)
    {
        var provider = context.Principal!;
        string? Claim(string type) => provider.FindFirst(type)?.Value is { Length: > 0 } value ? value.Trim() : null;
        var subject = Claim("sub");
        var name = Claim(settings.NameClaim);
        var services = context.HttpContext.RequestServices;
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcSignIn));
        if (subject is null || name is null)
        {
            Refuse(context, log, subject, new SignInRefusal(SignInRefusal.NoIdentity, "the identity provider sent no subject or name"));
            return;
        }

        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
        var claimed = new ClaimedIdentity(Claim(settings.RoleClaim), $"oidc:{subject}", name, Claim(settings.DepartmentClaim),
            Claim(settings.CreditCodeClaim), Claim(settings.ServicePointClaim));
        var (actor, errors) = await PlatformIdentities.ResolveAsync(claimed, session, context.HttpContext.RequestAborted);
        if (actor is null)
        {
            Refuse(context, log, subject, SignInRefusal.Of(errors));
            return;
        }

        var lifetime = TimeSpan.FromHours(settings.SessionHours);
        var token = services.GetRequiredService<TokenIssuer>().Issue(actor, lifetime);
        context.Principal = new ClaimsPrincipal(ConsoleSession.IdentityOf(actor, token));
        context.Properties!.ExpiresUtc = TimeProvider.System.GetUtcNow().Add(lifetime); // with the token, in real time (TokenIssuer)
        context.Properties.IsPersistent = false;
        log.LogInformation("Console sign-in through the identity provider: {ActorId} as {Role}", actor.Id, actor.Role);
    }

    private static void Refuse(TokenValidatedContext context, ILogger log, string? subject, SignInRefusal refusal)
    {
        log.LogWarning("Console sign-in refused for identity-provider subject {Subject} ({Code}): {Reason}", subject, refusal.Code, refusal.Message);
        context.Fail(refusal);
    }
}
