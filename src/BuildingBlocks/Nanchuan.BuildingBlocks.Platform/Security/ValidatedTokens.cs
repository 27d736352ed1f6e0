using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Nanchuan.BuildingBlocks.Platform.Security;

/// <summary>
/// The bearer scheme's token handler: a token the validator accepted is remembered, by its exact text, until its expiry, so a
/// client's next requests with the same token skip the parsing, the signature and the claims (ADR 0217). Only valid tokens
/// signed by a key the validation parameters name are kept, never past their <c>exp</c>, and a remembered token is served
/// only while its signing key is still the parameters' key. Refusals (forged, expired, wrong issuer or audience) are never
/// kept: every one goes through the validator. The cache is created with the bearer options and dies with them.
/// </summary>
internal sealed class ValidatedTokens(JsonWebTokenHandler validator, TimeProvider clock) : TokenHandler
{
    /// <summary>Far more than the district's users signed in at once; a full cache drops its expired tokens, or else all.</summary>
    internal const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Remembered> remembered = new(StringComparer.Ordinal);

    public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (remembered.TryGetValue(token, out var known))
        {
            if (clock.GetUtcNow() < known.Expires && IsCurrent(known.SigningKey, validationParameters)) return known.Answer;
            remembered.TryRemove(new KeyValuePair<string, Remembered>(token, known));
        }
        return ValidateAndRememberAsync(token, validationParameters);
    }

    private async Task<TokenValidationResult> ValidateAndRememberAsync(string token, TokenValidationParameters validationParameters)
    {
        var result = await validator.ValidateTokenAsync(token, validationParameters);
        if (!result.IsValid || result.SecurityToken is not { SigningKey: { } key } securityToken || !IsCurrent(key, validationParameters))
            return result;
        var expires = new DateTimeOffset(DateTime.SpecifyKind(securityToken.ValidTo, DateTimeKind.Utc));
        var now = clock.GetUtcNow();
        if (expires <= now) return result; // inside the clock skew: accepted, but not for later requests
        var answer = new TokenValidationResult
        {
            IsValid = true,
            SecurityToken = securityToken,
            ClaimsIdentity = new SignedInIdentity(result.ClaimsIdentity),
            Issuer = result.Issuer,
            TokenType = result.TokenType,
        };
        if (remembered.Count >= Capacity) MakeRoom(now);
        remembered[token] = new Remembered(Task.FromResult(answer), key, expires);
        return answer;
    }

    /// <summary>
    /// The key is one the parameters name themselves: no resolver or configuration manager that could hand out other keys
    /// (then nothing is remembered, since a key's withdrawal would not be seen).
    /// </summary>
    private static bool IsCurrent(SecurityKey key, TokenValidationParameters parameters) =>
        parameters.ConfigurationManager is null && parameters.IssuerSigningKeyResolver is null
        && parameters.IssuerSigningKeyResolverUsingConfiguration is null
        && (ReferenceEquals(key, parameters.IssuerSigningKey) || parameters.IssuerSigningKeys?.Contains(key) == true);

    private void MakeRoom(DateTimeOffset now)
    {
        foreach (var (token, known) in remembered)
            if (known.Expires <= now) remembered.TryRemove(new KeyValuePair<string, Remembered>(token, known));
        if (remembered.Count >= Capacity) remembered.Clear();
    }

    private sealed record Remembered(Task<TokenValidationResult> Answer, SecurityKey SigningKey, DateTimeOffset Expires);
}
