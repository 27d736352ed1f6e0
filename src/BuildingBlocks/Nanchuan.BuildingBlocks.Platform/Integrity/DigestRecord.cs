using Marten;
using JasperFx;
using Nanchuan.BuildingBlocks.Actors;

namespace Nanchuan.BuildingBlocks.Platform.Integrity;

/// <summary>The digest of one day, recorded so that a later edit of anything it covers is detectable (ADR 0086).</summary>
/// <param name="Id">The day in Beijing time, `yyyy-MM-dd`.</param>
/// <param name="Digest">The <see cref="StoreDigest.Digest"/> recorded then.</param>
/// <param name="UpToSequence">The last global sequence number it covers.</param>
/// <param name="Streams">Streams covered.</param>
/// <param name="Events">Events covered.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="RecordedBy">Who recorded it: the daily run (系统) or an operator at the command line.</param>
public sealed record DigestRecord(string Id, string Digest, long UpToSequence, long Streams, long Events, DateTimeOffset RecordedAt, string RecordedBy);

/// <summary>Records the day's digest once per day, whichever node or command comes first.</summary>
public sealed class DigestRecorder(IDocumentStore store, EventChain chain, TimeProvider time)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>The day's record: the one already recorded, or a new one over the store as it is now.</summary>
    public async Task<(DigestRecord Record, bool New)> RecordTodayAsync(Actor by, CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        var day = now.ToOffset(Beijing).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await using var session = store.LightweightSession();
        var existing = await session.LoadAsync<DigestRecord>(day, cancellation);
        if (existing is not null) return (existing, false);
        var digest = await chain.DigestAsync(null, cancellation);
        var record = new DigestRecord(day, digest.Digest, digest.UpToSequence, digest.Streams, digest.Events, now, by.Name);
        session.Insert(record);
        try
        {
            await session.SaveChangesAsync(cancellation);
            return (record, true);
        }
        catch (DocumentAlreadyExistsException)
        {
            await using var again = store.QuerySession();
            return ((await again.LoadAsync<DigestRecord>(day, cancellation))!, false);
        }
    }
}
