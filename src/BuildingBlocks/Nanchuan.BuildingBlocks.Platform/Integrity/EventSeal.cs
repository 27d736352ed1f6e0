using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>
/// The seal of one stored event (docs/adr/0086): SHA-256 over the previous event's seal, a random nonce, and the event as
/// stored — sequence, id, stream, version, type, server time, tenant, correlation and causation ids, data (JSON or binary) and the other
/// headers. The database trigger (<see cref="EventSealTrigger"/>) computes it at the append; this class computes the same
/// value for verification, for sealing history older than the chain and for resealing after a lawful erasure.
/// </summary>
public static class EventSeal
{
    /// <summary>Header holding the event's seal (hex).</summary>
    public const string SealHeader = "seal";
    /// <summary>Header holding the random nonce in the seal, so a seal never lets anyone guess erased data back (ADR 0089).</summary>
    public const string NonceHeader = "sealNonce";

    /// <summary>
    /// The columns of <see cref="StoredEvent"/>, read with the same expressions the trigger hashes: the canonical text of
    /// jsonb, the server time as whole microseconds since 1970 (independent of the session's time zone).
    /// </summary>
    public const string Columns =
        "seq_id, id, stream_id, version, type, coalesce(mt_dotnet_type, ''), (extract(epoch from timestamp) * 1000000)::bigint, " +
        "tenant_id, coalesce(correlation_id, ''), coalesce(causation_id, ''), coalesce(data::text, ''), coalesce(encode(bdata, 'base64'), ''), " +
        "coalesce((headers - 'seal' - 'sealNonce')::text, ''), headers ->> 'sealNonce', headers ->> 'seal'";

    public static StoredEvent Read(System.Data.Common.DbDataReader reader) => new(
        reader.GetInt64(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetInt64(3), reader.GetString(4), reader.GetString(5),
        reader.GetInt64(6), reader.GetString(7), reader.GetString(8), reader.GetString(9), reader.GetString(10), reader.GetString(11),
        reader.GetString(12), reader.IsDBNull(13) ? null : reader.GetString(13), reader.IsDBNull(14) ? null : reader.GetString(14));

    /// <summary>The seal of <paramref name="e"/> with <paramref name="nonce"/> after a previous seal ("" for a stream's first event).</summary>
    public static string Compute(string previousSeal, string nonce, StoredEvent e) => ComputeCounting(CodePoints, previousSeal, nonce, e);

    /// <summary>
    /// Whether <paramref name="e"/>'s seal is its seal after <paramref name="previousSeal"/>. Also accepted: the lengths counted
    /// in UTF-16 units instead of characters, which this class did until ADR 0233 — different only for a text with a character
    /// beyond Unicode's basic plane, sealed or resealed here (`integrity seal`, an erasure) rather than by the trigger.
    /// </summary>
    public static bool Verifies(string previousSeal, StoredEvent e) =>
        e.Seal is not null
        && (e.Seal == Compute(previousSeal, e.Nonce ?? "", e) || e.Seal == ComputeCounting(Utf16Units, previousSeal, e.Nonce ?? "", e));

    private static string ComputeCounting(Func<string, int> length, string previousSeal, string nonce, StoredEvent e)
    {
        var content = string.Join('|',
            previousSeal, nonce, Invariant(e.Sequence), e.Id.ToString(), e.StreamId.ToString(), Invariant(e.Version),
            Prefixed(e.Type, length), Prefixed(e.DotnetType, length), Invariant(e.TimestampMicros), Prefixed(e.TenantId, length),
            Prefixed(e.CorrelationId, length), Prefixed(e.CausationId, length), Prefixed(e.Data, length), Prefixed(e.BinaryData, length),
            Prefixed(e.OtherHeaders, length));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    public static string NewNonce() => Guid.NewGuid().ToString();

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    // Each text is prefixed by its length, so no two different events can join to the same content. The length counts
    // characters (Unicode code points), as PostgreSQL's length() in the trigger does; text read from PostgreSQL has no lone
    // surrogate, so each low surrogate ends a character of two UTF-16 units.
    private static string Prefixed(string text, Func<string, int> length) => Invariant(length(text)) + ":" + text;

    private static int CodePoints(string text)
    {
        var characters = text.Length;
        foreach (var unit in text)
            if (char.IsLowSurrogate(unit)) characters--;
        return characters;
    }

    private static int Utf16Units(string text) => text.Length;
}

/// <summary>One stored event as the seal sees it (<see cref="EventSeal.Columns"/>).</summary>
public sealed record StoredEvent(
    long Sequence, Guid Id, Guid StreamId, long Version, string Type, string DotnetType, long TimestampMicros, string TenantId,
    string CorrelationId, string CausationId, string Data, string BinaryData, string OtherHeaders, string? Nonce, string? Seal);
