using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;

namespace Nanchuan.Awards.Voting;

/// <summary>
/// The voter and the network source as keyed hashes (HMAC-SHA256 with `Awards:VoterHashKey`, ADR 0051): the phone number or
/// WeChat id is never stored, and without the key a hash cannot be recomputed from the database by trying every number.
/// A voter is the verified identity the sign-in put in the token's subject: `phone:{mobile}` or `wechat:{openid}`.
/// </summary>
public sealed class VoterHashing
{
    private const string DevelopmentKey = "nanchuan-development-voter-hash-key";
    private readonly byte[] key;

    public VoterHashing(AwardsOptions options, IHostEnvironment environment)
    {
        var configured = options.VoterHashKey;
        if (string.IsNullOrWhiteSpace(configured) && !environment.IsDevelopment())
            throw new InvalidOperationException(AwardsOptions.MissingVoterHashKey);
        key = Encoding.UTF8.GetBytes(string.IsNullOrWhiteSpace(configured) ? DevelopmentKey : configured);
    }

    /// <summary>The voter's hash, or 403 when the sign-in is not a verified phone or WeChat identity.</summary>
    internal string Voter(Actor actor)
    {
        var id = actor.Id.Trim();
        var verified = id.StartsWith("phone:", StringComparison.Ordinal) && Mobile(id[6..]) is not null ||
                       id.StartsWith("wechat:", StringComparison.Ordinal) && id.Length > 7;
        if (actor.Role != Roles.Public || !verified)
            throw new AccessDeniedException("投票须使用经验证的手机号或微信身份登录 / voting needs a sign-in with a verified phone number or WeChat id.");
        return Hmac(id.StartsWith("phone:", StringComparison.Ordinal) ? "phone:" + Mobile(id[6..]) : id);
    }

    internal string Source(string? address) => Hmac("source:" + (address ?? "unknown"));

    /// <summary>The eleven digits of a mainland mobile number (+86 and separators dropped), or null.</summary>
    private static string? Mobile(string text)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("86", StringComparison.Ordinal) && digits.Length == 13) digits = digits[2..];
        return digits.Length == 11 && digits[0] == '1' ? digits : null;
    }

    private string Hmac(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
}
