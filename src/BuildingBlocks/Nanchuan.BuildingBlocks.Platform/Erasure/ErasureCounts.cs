using Marten;

namespace Nanchuan.BuildingBlocks.Platform.Erasure;

/// <summary>
/// The count of personal-data erasures kept in each rewritten document (<c>personalDataErasures</c>, read back through
/// <see cref="Events.IErasureCounted"/>), part of a case read's ETag (ADR 0128). A rebuilt projection writes its documents
/// afresh from the events, without the count: it is set again from the erasures' record, so a client holding a case from
/// before an erasure is never told its copy is current.
/// </summary>
public static class ErasureCounts
{
    /// <summary>The document property holding the count.</summary>
    public const string Property = "personalDataErasures";

    /// <summary>Sets every erased document's count to the number of erasures that rewrote it, where it differs; answers how many erased documents there are.</summary>
    public static async Task<int> RestoreAsync(IDocumentStore store, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var erasures = await session.Events.QueryRawEventDataOnly<PersonalDataErased>().ToListAsync(cancellation);
        var counts = erasures.SelectMany(e => e.Documents).GroupBy(d => d).Select(g => (g.Key.Table, g.Key.Id, Count: g.Count())).ToList();
        // Queued, so they run in the session's one transaction (raw commands alone would leave nothing for it to commit).
        foreach (var (table, id, count) in counts)
            session.QueueSqlCommand(
                $"update {table} set data = jsonb_set(data, '{{{Property}}}', to_jsonb(?::int)) where id::text = ? and coalesce((data->>'{Property}')::int, 0) <> ?::int",
                count, id, count);
        await session.SaveChangesAsync(cancellation);
        return counts.Count;
    }
}
