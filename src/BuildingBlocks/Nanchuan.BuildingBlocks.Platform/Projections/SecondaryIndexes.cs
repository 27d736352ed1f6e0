using Marten;
using Marten.Internal;
using Npgsql;

namespace Nanchuan.BuildingBlocks.Platform.Projections;

/// <summary>
/// A document table's secondary indexes, dropped before a full rebuild copies every document in and created again after it
/// (docs/adr/0175): one sort per index instead of an insert into every index per document. Only plain indexes go: the primary
/// key and any unique index stay, so a duplicate still fails the copy. Should the process die in between, the next schema
/// apply (start-up or the migration step, ADR 0018) finds them missing and creates them as Marten configures them.
/// </summary>
internal sealed class SecondaryIndexes
{
    private readonly IDocumentStore _store;
    private readonly IReadOnlyList<string> _definitions;

    private SecondaryIndexes(IDocumentStore store, IReadOnlyList<string> definitions) => (_store, _definitions) = (store, definitions);

    public static async Task<SecondaryIndexes> DropAsync(IDocumentStore store, Type document, CancellationToken cancellation)
    {
        string table;
        await using (var session = store.QuerySession()) table = ((Weasel.Storage.ISelectClause)((IMartenSession)session).StorageFor(document)).FromObject;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        var indexes = new List<(string Name, string Definition)>();
        await using (var read = new NpgsqlCommand("""
            select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i
            where i.indrelid = $1::regclass and not i.indisunique and not i.indisprimary
              and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
            """, connection))
        {
            read.Parameters.Add(new NpgsqlParameter<string> { TypedValue = table });
            await using var rows = await read.ExecuteReaderAsync(cancellation);
            while (await rows.ReadAsync(cancellation)) indexes.Add((rows.GetString(0), rows.GetString(1)));
        }
        if (indexes.Count > 0)
        {
            await using var drop = new NpgsqlCommand(string.Join("; ", indexes.Select(i => $"drop index if exists {i.Name}")), connection);
            await drop.ExecuteNonQueryAsync(cancellation);
        }
        // A schema apply that ran meanwhile may have created them already.
        return new SecondaryIndexes(store, [.. indexes.Select(i => i.Definition.Replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", StringComparison.Ordinal))]);
    }

    public async Task CreateAsync(CancellationToken cancellation)
    {
        if (_definitions.Count == 0) return;
        await using var connection = _store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var create = new NpgsqlCommand(string.Join("; ", _definitions), connection);
        await create.ExecuteNonQueryAsync(cancellation);
    }
}
