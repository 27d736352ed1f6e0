namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>The first link of a stream's chain that does not hold.</summary>
/// <param name="StreamId">The stream.</param>
/// <param name="Version">The version at which the chain breaks (the first event that fails, or the first missing one).</param>
/// <param name="Sequence">That event's global sequence number; null when the event itself is missing.</param>
/// <param name="Problem">`sealMismatch` (data or metadata changed since it was sealed), `versionMissing` (an event deleted),
/// `sealMissing` (a seal removed), `eventsMissingAtEnd` (the stream's last events deleted) or `streamWithoutEvents`.</param>
/// <param name="Expected">What the chain expects there: the seal recomputed from the stored event and its predecessor, or the version.</param>
/// <param name="Found">What is stored there.</param>
public sealed record BrokenLink(Guid StreamId, long Version, long? Sequence, string Problem, string Expected, string Found);

/// <summary>What a verification found (docs/adr/0086).</summary>
/// <param name="Status">`intact` (every event sealed and every link holds), `broken` (at least one link fails: see
/// <paramref name="FirstBroken"/>) or `unsealed` (no link fails, but some streams hold history older than the chain, not yet
/// sealed by `integrity seal`: they are not vouched for).</param>
/// <param name="Streams">Streams checked.</param>
/// <param name="Events">Events checked.</param>
/// <param name="UnsealedStreams">Streams whose events are unsealed history.</param>
/// <param name="UnsealedEvents">Events in those streams.</param>
/// <param name="BrokenStreams">Streams with a broken link.</param>
/// <param name="FirstBroken">The first broken link, in stream order; null when none.</param>
public sealed record ChainReport(string Status, long Streams, long Events, long UnsealedStreams, long UnsealedEvents, long BrokenStreams, BrokenLink? FirstBroken)
{
    public const string Intact = "intact";
    public const string Broken = "broken";
    public const string Unsealed = "unsealed";
}

/// <summary>A digest over every stream's last seal: it changes when any event of the store up to its sequence does.</summary>
/// <param name="Digest">SHA-256 (hex) over one line per stream, `streamId:version:seal`, in stream id order.</param>
/// <param name="UpToSequence">The last global sequence number it covers; recomputed over the same events later, it must be equal.</param>
/// <param name="Streams">Streams covered.</param>
/// <param name="Events">Events covered.</param>
public sealed record StoreDigest(string Digest, long UpToSequence, long Streams, long Events);
