using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Nanchuan.Awards.Domain;

/// <summary>
/// The vote log's hash chain (ADR 0051): each vote's hash covers the previous hash and the vote's public fields, so anyone
/// holding the public log can recompute every hash, and a removed, inserted or altered vote breaks the chain from there on.
/// </summary>
internal static class VoteChain
{
    public const string Algorithm =
        "sha256-chain-v1: hash = hex(SHA-256(UTF-8(previousHash|position|entryId|day|castAt(ISO 8601, UTC)|commitment|flagged))); genesis = hex(SHA-256(\"nanchuan:awards:votes:\" + year))";

    public static string Genesis(int year) => Sha256($"nanchuan:awards:votes:{year}");

    /// <summary>Stands for the voter in the public log: unlinkable between a voter's votes without the voter hash.</summary>
    public static string Commitment(string voterHash, long position) => Sha256($"{voterHash}|{position}");

    public static string Hash(string previousHash, long position, Guid entryId, string day, DateTimeOffset castAt, string commitment, bool flagged) =>
        Sha256(string.Join('|', previousHash, position.ToString(CultureInfo.InvariantCulture), entryId.ToString(), day,
            castAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture), commitment, flagged ? "1" : "0"));

    /// <summary>The first position where the log breaks (a gap, a wrong previous hash, a hash that does not recompute); null when intact.</summary>
    public static long? FirstBreak(int year, IEnumerable<PublicVote> log)
    {
        var previous = Genesis(year);
        var expected = 1L;
        foreach (var vote in log)
        {
            if (vote.Position != expected || vote.PreviousHash != previous ||
                vote.Hash != Hash(vote.PreviousHash, vote.Position, vote.EntryId, vote.Day, vote.CastAt, vote.Commitment, vote.Flagged))
                return expected;
            previous = vote.Hash;
            expected++;
        }
        return null;
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>A vote as the public log shows it: everything its hash covers, nothing that identifies the voter.</summary>
public sealed record PublicVote(long Position, Guid EntryId, string Day, DateTimeOffset CastAt, string Commitment, bool Flagged, string PreviousHash, string Hash)
{
    public static PublicVote Of(VoteCast e) => new(e.Position, e.EntryId, e.Day, e.CastAt, e.Commitment, e.Flagged, e.PreviousHash, e.Hash);
}
