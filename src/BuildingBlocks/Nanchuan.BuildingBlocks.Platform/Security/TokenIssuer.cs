using System.IdentityModel.Tokens.Jwt;
using Microsoft.IdentityModel.Tokens;
using Nanchuan.BuildingBlocks.Actors;
using Nanchuan.BuildingBlocks.Platform.Actors;

namespace Nanchuan.BuildingBlocks.Platform.Security;

/// <summary>Issues signed tokens for an actor: used by the Development token endpoint and by the tests.</summary>
public sealed class TokenIssuer(SecurityKey key)
{
    public string Issue(Actor actor, TimeSpan lifetime)
    {
        var handler = new JwtSecurityTokenHandler { OutboundClaimTypeMap = new Dictionary<string, string>() };
        var now = DateTime.UtcNow;
        var token = handler.CreateJwtSecurityToken(
            issuer: SecuritySetup.Issuer,
            audience: SecuritySetup.Audience,
            subject: new System.Security.Claims.ClaimsIdentity(ActorClaims.For(actor)),
            notBefore: now.AddSeconds(-5),
            expires: now.Add(lifetime),
            issuedAt: now,
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return handler.WriteToken(token);
    }
}
