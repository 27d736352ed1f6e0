using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Actors;

namespace Nanchuan.BuildingBlocks.Platform.Security;

/// <summary>JWT bearer authentication with the roles of the specification; one policy per role set used by endpoints.</summary>
public static class SecuritySetup
{
    public const string Issuer = "nanchuan-platform";
    public const string Audience = "nanchuan-api";

    public static void AddPlatformSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // The key is read when first needed and checked when the host starts, not here: a command such as `help` builds the
        // platform without starting it and needs no key.
        var key = new Lazy<SymmetricSecurityKey>(() => SigningKey(configuration, environment));
        services.AddSingleton(_ => new TokenIssuer(key.Value));
        services.AddHostedService(_ => new SigningKeyCheck(key));
        services.AddSingleton<AccessRefusalLog>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure(options =>
        {
            options.MapInboundClaims = false;
            // A token is validated once and remembered until its expiry (ADR 0217); the validator reads the system clock, as
            // the tokens are issued by it (TokenIssuer), so the cache does too: a test's fake clock is the modules' "now" only.
            options.TokenHandlers.Clear();
            options.TokenHandlers.Add(new ValidatedTokens(new JsonWebTokenHandler { MapInboundClaims = false }, TimeProvider.System));
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = Issuer,
                ValidAudience = Audience,
                IssuerSigningKey = key.Value,
                NameClaimType = ActorClaims.Name,
                RoleClaimType = ActorClaims.Role,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
        });
        services.AddAuthorization(options =>
        {
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            foreach (var role in Roles.UserRoles) options.AddPolicy(role, p => p.RequireRole(role));
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemDetailsAuthorizationResultHandler>();
    }

    /// <summary>
    /// The HMAC key tokens are signed with: `Auth:SigningKey` (at least 32 bytes). Development falls back to a
    /// fixed local key so the dev-token endpoint works out of the box; any other environment must configure one.
    /// </summary>
    private static SymmetricSecurityKey SigningKey(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Auth:SigningKey"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (!environment.IsDevelopment())
                throw new InvalidOperationException("Auth:SigningKey must be configured (at least 32 characters) outside Development.");
            configured = "nanchuan-local-development-signing-key-not-for-production";
        }
        if (Encoding.UTF8.GetByteCount(configured) < 32) throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes.");
        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configured));
    }
}

/// <summary>Stops the start of a host without a usable signing key (outside Development one must be configured).</summary>
internal sealed class SigningKeyCheck(Lazy<SymmetricSecurityKey> key) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = key.Value; // throws, naming the setting, when the key is missing or short
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
