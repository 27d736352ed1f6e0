using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Nanchuan.BuildingBlocks.Platform.Security;

/// <summary>
/// The bearer scheme's token handler: a token the validator accepted is remembered, by its exact text, until its expiry, so a
/// client's next requests with the same token skip the parsing, the signature and the claims (ADR 0217). Only valid tokens
/// signed by a key the validation parameters name are kept, never past their <c>exp</c>, and a remembered token is served
/// only while its signing key is still the parameters' key. Refusals (forged, expired, wrong issuer or audience) are never
/// kept: every one goes through the validator. A token left unused for <see cref="IdleLimit"/> is dropped (ADR 0257), so the
/// cache holds the sessions of the last minutes, not every token the day signed. The cache is created with the bearer options
/// and dies with them.
/// </summary>
internal sealed class ValidatedTokens(JsonWebTokenHandler validator, TimeProvider clock) : TokenHandler
{
    /// <summary>Far more than the district's users signed in at once; a full cache drops its expired and idle tokens, or else all.</summary>
    internal const int Capacity = 10_000;

    /// <summary>
    /// A token unused this long is dropped at the next sweep (ADR 0257): a client at work sends its token every few seconds or
    /// minutes; one that comes back later pays one validation again (about 5.5 µs), where keeping it would hold a few KB.
    /// </summary>
    internal static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(15);

    /// <summary>How often a newly kept token sweeps the cache of the expired and idle ones (a sweep walks every entry).</summary>
    internal static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Remembered> remembered = new(StringComparer.Ordinal);
    private long nextSweep = clock.GetUtcNow().Add(SweepEvery).UtcTicks;

    public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (remembered.TryGetValue(token, out var known))
        {
            var now = clock.GetUtcNow();
            if (now < known.Expires && IsCurrent(known.SigningKey, validationParameters))
            {
                known.UsedAt(now);
                return known.Answer;
            }
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
        else if (SweepIsDue(now)) DropExpiredAndIdle(now);
        remembered[token] = new Remembered(Task.FromResult(answer), key, expires, now);
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
        DropExpiredAndIdle(now);
        if (remembered.Count >= Capacity) remembered.Clear();
    }

    /// <summary>One caller a minute wins the sweep; the others go on.</summary>
    private bool SweepIsDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref nextSweep);
        return now.UtcTicks >= due && Interlocked.CompareExchange(ref nextSweep, now.Add(SweepEvery).UtcTicks, due) == due;
    }

    private void DropExpiredAndIdle(DateTimeOffset now)
    {
        var idleSince = (now - IdleLimit).UtcTicks;
        foreach (var (token, known) in remembered)
            if (known.Expires <= now || known.LastUsed < idleSince) remembered.TryRemove(new KeyValuePair<string, Remembered>(token, known));
    }

    private sealed class Remembered(Task<TokenValidationResult> answer, SecurityKey signingKey, DateTimeOffset expires, DateTimeOffset keptAt)
    {
        private long lastUsed = keptAt.UtcTicks;

        public Task<TokenValidationResult> Answer { get; } = answer;

        public SecurityKey SigningKey { get; } = signingKey;

        public DateTimeOffset Expires { get; } = expires;

        /// <summary>The UTC ticks of its last use (a plain write: a sweep that reads a slightly older one only drops it early).</summary>
        public long LastUsed => Volatile.Read(ref lastUsed);

        public void UsedAt(DateTimeOffset now) => Volatile.Write(ref lastUsed, now.UtcTicks);
    }
}
