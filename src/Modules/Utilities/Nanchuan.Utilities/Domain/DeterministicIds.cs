using System.Security.Cryptography;
using System.Text;

namespace Nanchuan.Utilities.Domain;

/// <summary>Stream ids derived from natural keys (an operator's name; enterprise, provider and year of a check-up), so a key has one stream.</summary>
public static class DeterministicIds
{
    public static Guid From(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return new Guid(hash.AsSpan(0, 16));
    }
}
