using System.Security.Cryptography;
using System.Text;

namespace Nanchuan.BuildingBlocks.Draws;

/// <summary>
/// A random draw anyone can replay (platform rule 8): the candidates are ranked by a hash of the seed and the candidate, so
/// the same candidates and seed always give the same selection, whatever the order they are listed in. The event that
/// records a draw stores <see cref="Algorithm"/>, the candidates and the seed.
/// </summary>
public static class AuditableDraw
{
    /// <summary>The algorithm's name as recorded in the event.</summary>
    public const string Algorithm =
        "sha256-rank-v1: rank candidates by SHA-256(UTF-8(seed + \":\" + candidate)) as upper-case hex, ascending (ordinal); take the first count";

    /// <summary>The first <paramref name="count"/> candidates by rank (all of them when there are fewer).</summary>
    public static IReadOnlyList<string> Select(IEnumerable<string> candidates, string seed, int count) =>
        candidates.Distinct(StringComparer.Ordinal).OrderBy(candidate => Rank(seed, candidate), StringComparer.Ordinal).Take(count).ToList();

    /// <summary>A fresh seed for a draw whose caller gave none: 128 random bits as hex, recorded with the draw.</summary>
    public static string NewSeed() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    private static string Rank(string seed, string candidate) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{candidate}")));
}
