using Marten;
using Npgsql;

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

    /// <summary>Sets every erased document's count to the number of erasures that rewrote it, where it differs.</summary>
    public static async Task RestoreAsync(IDocumentStore store, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        var erasures = await session.Events.QueryRawEventDataOnly<PersonalDataErased>().ToListAsync(cancellation);
        var counts = erasures.SelectMany(e => e.Documents).GroupBy(d => d).Select(g => (g.Key.Table, g.Key.Id, Count: g.Count())).ToList();
        if (counts.Count == 0) return;
        await session.BeginTransactionAsync(cancellation);
        foreach (var (table, id, count) in counts)
        {
            await using var update = new NpgsqlCommand(
                $"update {table} set data = jsonb_set(data, '{{{Property}}}', to_jsonb(@count)) where id::text = @id and coalesce((data->>'{Property}')::int, 0) <> @count",
                session.Connection);
            update.Parameters.AddWithValue("count", count);
            update.Parameters.AddWithValue("id", id);
            await update.ExecuteNonQueryAsync(cancellation);
        }
        await session.SaveChangesAsync(cancellation);
    }
}
