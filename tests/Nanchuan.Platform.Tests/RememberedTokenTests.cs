using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Security;
using Nanchuan.Testing;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// A validated token is remembered until its expiry (ADR 0217), and every identity rule holds for a remembered one: the actor,
/// role and channel come from the token and the server, an expired token is refused, a withdrawn key is not trusted, and
/// expired, forged and foreign tokens are 401 every time.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RememberedTokenTests(PlatformHost platform)
{
    private JwtBearerOptions Bearer =>
        platform.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

    [Fact]
    public async Task A_token_is_validated_once_and_its_actor_read_once_with_the_channel_of_its_role()
    {
        var token = platform.TokenFor(TestActors.WindowClerk);

        var first = await AuthenticateAsync(token);
        var second = await AuthenticateAsync(token);

        first.Succeeded.ShouldBeTrue();
        second.Succeeded.ShouldBeTrue();
        second.Principal!.Identity.ShouldBeSameAs(first.Principal!.Identity); // remembered, not validated again
        var actor = await ActorOfAsync(second.Principal, claimedChannel: "phone");
        actor.ShouldBe(TestActors.WindowClerk); // id, name, role, department, service point; the channel the role's, not the header's
        (await ActorOfAsync(first.Principal, claimedChannel: null)).ShouldBeSameAs(actor);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_it_has_expired()
    {
        var parameters = Bearer.TokenValidationParameters.Clone();
        parameters.ClockSkew = TimeSpan.Zero;
        var expires = DateTime.UtcNow.AddSeconds(2);
        var token = Sign(parameters.IssuerSigningKey, expires: expires);
        var handler = Bearer.TokenHandlers.ShouldHaveSingleItem();

        var accepted = await handler.ValidateTokenAsync(token, parameters);
        accepted.IsValid.ShouldBeTrue();
        (await handler.ValidateTokenAsync(token, parameters)).ShouldBeSameAs(accepted);

        var exp = DateTimeOffset.FromUnixTimeSeconds(new DateTimeOffset(expires).ToUnixTimeSeconds()).UtcDateTime;
        while (DateTime.UtcNow <= exp.AddMilliseconds(50)) await Task.Delay(100);
        var refused = await handler.ValidateTokenAsync(token, parameters);
        refused.IsValid.ShouldBeFalse();
        refused.Exception.ShouldBeOfType<SecurityTokenExpiredException>();
    }

    [Fact]
    public async Task A_remembered_token_is_not_trusted_once_its_signing_key_is_no_longer_the_platforms()
    {
        var parameters = Bearer.TokenValidationParameters;
        var token = Sign(parameters.IssuerSigningKey, expires: DateTime.UtcNow.AddHours(1));
        var handler = Bearer.TokenHandlers.ShouldHaveSingleItem();
        (await handler.ValidateTokenAsync(token, parameters)).IsValid.ShouldBeTrue();

        var rotated = parameters.Clone();
        rotated.IssuerSigningKey = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        (await handler.ValidateTokenAsync(token, rotated)).IsValid.ShouldBeFalse();
        (await handler.ValidateTokenAsync(token, parameters)).IsValid.ShouldBeTrue();
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("other audience")]
    [InlineData("other issuer")]
    [InlineData("other key")]
    [InlineData("role changed after signing")]
    public async Task Expired_forged_and_foreign_tokens_are_401_every_time_after_the_genuine_one_was_accepted(string flaw)
    {
        var key = Bearer.TokenValidationParameters.IssuerSigningKey;
        var now = DateTime.UtcNow;
        var genuine = Sign(key, expires: now.AddHours(1));
        var flawed = flaw switch
        {
            "expired" => Sign(key, expires: now.AddMinutes(-2), notBefore: now.AddMinutes(-10)),
            "other audience" => Sign(key, expires: now.AddHours(1), audience: "another-api"),
            "other issuer" => Sign(key, expires: now.AddHours(1), issuer: "another-platform"),
            "other key" => Sign(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), expires: now.AddHours(1)),
            _ => WithRole(genuine, Roles.Admin),
        };

        await CallAsync(genuine, 200);
        await CallAsync(flawed, 401);
        await CallAsync(flawed, 401);
        await CallAsync(genuine, 200);
    }

    private Task CallAsync(string token, int status) =>
        platform.Host.Scenario(s =>
        {
            s.Get.Url("/api/calendar/years");
            s.WithRequestHeader("Authorization", $"Bearer {token}");
            s.StatusCodeShouldBe(status);
        });

    private async Task<AuthenticateResult> AuthenticateAsync(string token)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Headers.Authorization = $"Bearer {token}";
        return await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
    }

    /// <summary>The actor the platform's middleware makes current for a request of this principal.</summary>
    private static async Task<Actor> ActorOfAsync(System.Security.Claims.ClaimsPrincipal user, string? claimedChannel)
    {
        var context = new DefaultHttpContext { User = user };
        if (claimedChannel is not null) context.Request.Headers["X-Channel"] = claimedChannel;
        Actor? seen = null;
        await new ActorMiddleware(_ => { seen = CurrentActor.Value; return Task.CompletedTask; }).InvokeAsync(context);
        return seen.ShouldNotBeNull();
    }

    private static string Sign(SecurityKey key, DateTime expires, DateTime? notBefore = null, string audience = SecuritySetup.Audience,
        string issuer = SecuritySetup.Issuer) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore ?? DateTime.UtcNow,
            NotBefore = notBefore ?? DateTime.UtcNow.AddSeconds(-5),
            Expires = expires,
            Claims = new Dictionary<string, object> { [ActorClaims.Subject] = "bo-token", [ActorClaims.Name] = "营商办 测试", [ActorClaims.Role] = Roles.BusinessOffice },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });

    /// <summary>The token with its payload's role replaced and its signature kept: what a client forging a role would send.</summary>
    private static string WithRole(string token, string role)
    {
        var parts = token.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace($"\"{Roles.BusinessOffice}\"", $"\"{role}\"");
        payload.ShouldContain(role);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
