using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Actors;
using Nanchuan.BuildingBlocks.Platform.Security;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// The token cache at its limit (ADR 0217, 0239): a full cache drops its expired tokens first, and only a cache full of live
/// tokens is emptied; a token left unused for the idle limit is dropped by the next sweep (ADR 0257); a token is still validated properly after the cache made room, and a refused token never takes a place.
/// The cache's own clock is a fake one here, so a kept token expires for the cache while the validator (system clock) still
/// accepts it; whether a token is still kept shows in the answer: a kept token's answer is the very result of its first validation.
/// </summary>
public sealed class TokenCacheRoomTests
{
    private readonly SymmetricSecurityKey key = new(RandomNumberGenerator.GetBytes(32));
    private readonly FakeTimeProvider cacheClock = new(DateTimeOffset.UtcNow);
    private readonly ValidatedTokens cache;
    private readonly TokenValidationParameters parameters;

    public TokenCacheRoomTests()
    {
        cache = new ValidatedTokens(new JsonWebTokenHandler { MapInboundClaims = false }, cacheClock);
        parameters = new TokenValidationParameters
        {
            ValidIssuer = SecuritySetup.Issuer, ValidAudience = SecuritySetup.Audience, IssuerSigningKey = key,
            NameClaimType = ActorClaims.Name, RoleClaimType = ActorClaims.Role,
        };
    }

    [Fact]
    public async Task A_full_cache_drops_its_expired_tokens_and_keeps_the_live_ones_in_use()
    {
        var shortLived = await KeepAsync(ValidatedTokens.Capacity / 2, validFor: TimeSpan.FromHours(1));
        var longLived = await KeepAsync(ValidatedTokens.Capacity - shortLived.Count, validFor: TimeSpan.FromHours(3));
        cacheClock.Advance(TimeSpan.FromHours(2));
        (await ValidateAsync(longLived[0].Token)).ShouldBeSameAs(longLived[0].Answer, "no newcomer yet: nothing swept");
        (await ValidateAsync(longLived[^1].Token)).ShouldBeSameAs(longLived[^1].Answer);

        var newcomer = await KeepAsync(1, validFor: TimeSpan.FromHours(3));

        (await ValidateAsync(longLived[0].Token)).ShouldBeSameAs(longLived[0].Answer, "a live token stays kept");
        (await ValidateAsync(longLived[^1].Token)).ShouldBeSameAs(longLived[^1].Answer);
        (await ValidateAsync(newcomer[0].Token)).ShouldBeSameAs(newcomer[0].Answer, "the token that needed the room got it");
    }

    [Fact]
    public async Task A_cache_full_of_live_tokens_is_emptied_and_the_next_token_is_validated_and_kept()
    {
        var kept = await KeepAsync(ValidatedTokens.Capacity, validFor: TimeSpan.FromHours(1));

        var newcomer = await KeepAsync(1, validFor: TimeSpan.FromHours(1), subject: "after-room");

        var again = await ValidateAsync(kept[0].Token);
        again.ShouldNotBeSameAs(kept[0].Answer, "emptied: the token is validated again");
        again.IsValid.ShouldBeTrue();
        (await ValidateAsync(newcomer[0].Token)).ShouldBeSameAs(newcomer[0].Answer);
        newcomer[0].Answer.ClaimsIdentity.FindFirst(ActorClaims.Subject)!.Value.ShouldStartWith("after-room-");
        newcomer[0].Answer.ClaimsIdentity.ShouldBeOfType<SignedInIdentity>();
    }

    [Fact]
    public async Task After_the_cache_made_room_forged_and_expired_tokens_are_still_refused()
    {
        await KeepAsync(ValidatedTokens.Capacity + 1, validFor: TimeSpan.FromHours(1));

        var now = DateTime.UtcNow;
        var forged = Sign(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), "forged", now.AddHours(1));
        var expired = Sign(key, "expired", now.AddMinutes(-10), notBefore: now.AddMinutes(-20));
        foreach (var refused in new[] { forged, expired, forged, expired })
            (await ValidateAsync(refused)).IsValid.ShouldBeFalse();
    }

    [Fact]
    public async Task A_refused_token_never_takes_a_place_in_the_cache()
    {
        var kept = await KeepAsync(ValidatedTokens.Capacity - 1, validFor: TimeSpan.FromHours(1));
        var otherKey = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        for (var i = 0; i < 10; i++)
            (await ValidateAsync(Sign(otherKey, $"forged-{i}", DateTime.UtcNow.AddHours(1)))).IsValid.ShouldBeFalse();

        await KeepAsync(1, validFor: TimeSpan.FromHours(1), subject: "the last place"); // the 10,000th: no room to make

        (await ValidateAsync(kept[0].Token)).ShouldBeSameAs(kept[0].Answer, "the refusals took no place, so nothing was dropped");
    }

    [Fact]
    public async Task A_token_left_unused_for_the_idle_limit_is_dropped_and_validated_again_at_its_next_use()
    {
        var idle = await KeepAsync(1, validFor: TimeSpan.FromHours(8), subject: "voter");
        cacheClock.Advance(ValidatedTokens.IdleLimit + ValidatedTokens.SweepEvery);

        await KeepAsync(1, validFor: TimeSpan.FromHours(8)); // a newcomer sweeps

        var again = await ValidateAsync(idle[0].Token);
        again.ShouldNotBeSameAs(idle[0].Answer, "dropped while idle: validated again");
        again.IsValid.ShouldBeTrue();
        (await ValidateAsync(idle[0].Token)).ShouldBeSameAs(again, "and kept again");
    }

    [Fact]
    public async Task A_token_in_use_stays_kept_through_the_sweeps_while_its_neighbours_go_idle()
    {
        var inUse = await KeepAsync(1, validFor: TimeSpan.FromHours(8), subject: "clerk");
        var once = await KeepAsync(1, validFor: TimeSpan.FromHours(8), subject: "voter");
        for (var step = 0; step < 6; step++)
        {
            cacheClock.Advance(ValidatedTokens.IdleLimit - TimeSpan.FromMinutes(5));
            (await ValidateAsync(inUse[0].Token)).ShouldBeSameAs(inUse[0].Answer, $"still kept after {step + 1} steps");
            await KeepAsync(1, validFor: TimeSpan.FromHours(8)); // a newcomer sweeps
        }
        (await ValidateAsync(once[0].Token)).ShouldNotBeSameAs(once[0].Answer, "the one-time token went at a sweep");
    }

    [Fact]
    public async Task The_cache_is_swept_at_most_once_a_minute_so_a_token_idle_since_the_last_sweep_waits_for_the_next()
    {
        var idle = await KeepAsync(1, validFor: TimeSpan.FromHours(8), subject: "voter");
        cacheClock.Advance(ValidatedTokens.IdleLimit - TimeSpan.FromSeconds(1));
        await KeepAsync(1, validFor: TimeSpan.FromHours(8)); // sweeps: the voter is not idle yet
        cacheClock.Advance(ValidatedTokens.SweepEvery / 2);

        await KeepAsync(1, validFor: TimeSpan.FromHours(8)); // no sweep: the last was half a minute ago

        (await ValidateAsync(idle[0].Token)).ShouldBeSameAs(idle[0].Answer, "idle past the limit, but not swept yet");
    }

    /// <summary>Validates that many new tokens (each once: it is then kept) and returns each with its answer.</summary>
    private async Task<List<(string Token, TokenValidationResult Answer)>> KeepAsync(int count, TimeSpan validFor, string subject = "user")
    {
        var expires = DateTime.UtcNow + validFor;
        var kept = new List<(string, TokenValidationResult)>(count);
        for (var i = 0; i < count; i++)
        {
            var token = Sign(key, $"{subject}-{Guid.NewGuid():N}", expires);
            var answer = await ValidateAsync(token);
            answer.IsValid.ShouldBeTrue();
            kept.Add((token, answer));
        }
        return kept;
    }

    private Task<TokenValidationResult> ValidateAsync(string token) => cache.ValidateTokenAsync(token, parameters);

    private static string Sign(SecurityKey signingKey, string subject, DateTime expires, DateTime? notBefore = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = SecuritySetup.Issuer,
            Audience = SecuritySetup.Audience,
            IssuedAt = notBefore ?? DateTime.UtcNow,
            NotBefore = notBefore ?? DateTime.UtcNow.AddSeconds(-5),
            Expires = expires,
            Claims = new Dictionary<string, object> { [ActorClaims.Subject] = subject, [ActorClaims.Name] = "缓存 测试", [ActorClaims.Role] = Roles.BusinessOffice },
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256),
        });
}
