using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Nanchuan.Bench.Baselines;

/// <summary>
/// The per-request work a baseline shares with the platform: bearer-token validation (same issuer, audience,
/// HMAC key from `Auth:SigningKey`, role claim) and camelCase JSON with string enums. Without it the baselines
/// would measure less work than the platform does, and the ratios would flatter them.
/// </summary>
public static class BaselineHosting
{
    public const string Issuer = "nanchuan-platform";
    public const string Audience = "nanchuan-api";

    public static WebApplicationBuilder AddBaselineEssentials(this WebApplicationBuilder builder)
    {
        var key = builder.Configuration["Auth:SigningKey"] is { Length: >= 32 } configured
            ? configured
            : throw new InvalidOperationException("Auth:SigningKey (at least 32 characters) must be configured.");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = Issuer,
                ValidAudience = Audience,
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
                NameClaimType = "name",
                RoleClaimType = "role",
                ClockSkew = TimeSpan.FromMinutes(1),
            };
        });
        builder.Services.AddAuthorization();
        return builder;
    }

    public static WebApplication UseBaselineEssentials(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/health/ready", () => Results.Ok()).AllowAnonymous();
        return app;
    }
}
