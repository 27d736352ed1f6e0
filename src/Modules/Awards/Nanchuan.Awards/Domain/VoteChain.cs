using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Nanchuan.Awards.Domain;

/// <summary>
/// The vote log's hash chain (ADR 0051, 0126): each vote's hash covers the previous hash and the vote's public fields, and a
/// review's void is a link of the same chain (the votes after it chain from the void), so anyone holding the public log can
/// recompute every hash, and a removed, inserted or altered vote or void breaks the chain from there on.
/// </summary>
internal static class VoteChain
{
    public const string Algorithm =
        "sha256-chain-v2: vote hash = hex(SHA-256(UTF-8(previousHash|position|entryId|day|castAt(ISO 8601, UTC)|commitment|flagged))); " +
        "void hash = hex(SHA-256(UTF-8(\"void\"|previousHash|afterPosition|burst|positions(comma-separated)|reason|voidedAt(ISO 8601, UTC)))), " +
        "the votes after a void chain from it; genesis = hex(SHA-256(\"nanchuan:awards:votes:\" + year))";

    public static string Genesis(int year) => Sha256($"nanchuan:awards:votes:{year}");

    /// <summary>Stands for the voter in the public log: unlinkable between a voter's votes without the voter hash.</summary>
    public static string Commitment(string voterHash, long position) => Sha256($"{voterHash}|{position}");

    public static string Hash(string previousHash, long position, Guid entryId, string day, DateTimeOffset castAt, string commitment, bool flagged) =>
        Sha256(string.Join('|', previousHash, Number(position), entryId.ToString(), day, Instant(castAt), commitment, flagged ? "1" : "0"));

    public static string VoidHash(string previousHash, long afterPosition, int burst, IEnumerable<long> positions, string reason, DateTimeOffset voidedAt) =>
        Sha256(string.Join('|', "void", previousHash, Number(afterPosition), Number(burst), string.Join(',', positions.Select(Number)), reason, Instant(voidedAt)));

    /// <summary>
    /// The first vote position where the log breaks (a gap, a wrong previous hash, a hash that does not recompute; a broken void
    /// counts at the position of the vote after it); null when intact. <paramref name="lastHash"/>, when the log's close recorded
    /// one, must be the chain's end: a removed last vote or void shows there.
    /// </summary>
    public static long? FirstBreak(int year, IReadOnlyList<PublicVote> votes, IReadOnlyList<PublicVoid> voids, string? lastHash = null)
    {
        var previous = Genesis(year);
        var expected = 1L;
        var pendingVoids = new Queue<PublicVoid>(voids.Where(v => v.Hash is not null));
        bool VoidsHold()
        {
            while (pendingVoids.TryPeek(out var link) && link.AfterPosition < expected)
            {
                pendingVoids.Dequeue();
                if (link.AfterPosition != expected - 1 || link.PreviousHash != previous ||
                    link.Hash != VoidHash(link.PreviousHash, link.AfterPosition.Value, link.Burst, link.Positions, link.Reason, link.VoidedAt))
                    return false;
                previous = link.Hash;
            }
            return true;
        }

        foreach (var vote in votes)
        {
            if (!VoidsHold() || vote.Position != expected || vote.PreviousHash != previous ||
                vote.Hash != Hash(vote.PreviousHash, vote.Position, vote.EntryId, vote.Day, vote.CastAt, vote.Commitment, vote.Flagged))
                return expected;
            previous = vote.Hash;
            expected++;
        }
        var intact = VoidsHold() && pendingVoids.Count == 0 && (lastHash is null || lastHash == previous);
        return intact ? null : expected;
    }

    /// <summary>The hash the chain ends on: the last vote's or void's, whichever came later.</summary>
    public static string End(int year, IReadOnlyList<PublicVote> votes, IReadOnlyList<PublicVoid> voids)
    {
        var lastVoid = voids.LastOrDefault(v => v.Hash is not null);
        var lastVote = votes.LastOrDefault();
        if (lastVoid is not null && (lastVote is null || lastVoid.AfterPosition >= lastVote.Position)) return lastVoid.Hash!;
        return lastVote?.Hash ?? Genesis(year);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>A vote as the public log shows it: everything its hash covers, nothing that identifies the voter.</summary>
public sealed record PublicVote(long Position, Guid EntryId, string Day, DateTimeOffset CastAt, string Commitment, bool Flagged, string PreviousHash, string Hash)
{
    public static PublicVote Of(VoteCast e) => new(e.Position, e.EntryId, e.Day, e.CastAt, e.Commitment, e.Flagged, e.PreviousHash, e.Hash);
}

/// <summary>
/// A reviewed burst's voided votes as the public sees them: their positions in the log, the reason, and the void's own link
/// of the chain (it follows the vote at <paramref name="AfterPosition"/>).
/// </summary>
/// The link fields are null on a void stored before voids were links (ADR 0126).
public sealed record PublicVoid(int Burst, IReadOnlyList<long> Positions, string Reason, DateTimeOffset VoidedAt, long? AfterPosition, string? PreviousHash, string? Hash)
{
    public static PublicVoid Of(BurstVoided e) => new(e.Number, e.Positions, e.Reason, e.VoidedAt, e.AfterPosition, e.PreviousHash, e.Hash);
}
