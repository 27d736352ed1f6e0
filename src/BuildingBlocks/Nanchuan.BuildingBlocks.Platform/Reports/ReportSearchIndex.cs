using System.Data.Common;
using Weasel.Core;
using Weasel.Postgresql;
using DbCommandBuilder = Weasel.Core.DbCommandBuilder;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>
/// A trigram index (pg_trgm, GIN) over a text column of a fact table, so that <c>ilike '%…%'</c> searches use it (docs/adr/0103).
/// Created after the table with the extension (<c>create extension if not exists pg_trgm</c>: a trusted extension, which the
/// database's owner may create); checked by name at every schema comparison.
/// </summary>
internal sealed class ReportSearchIndex(ReportTable table, string column) : ISchemaObject
{
    public string Name { get; } = $"{table.Name}_{column}_trgm";

    public DbObjectName Identifier => new PostgresqlObjectName(table.Schema, Name, SchemaUtils.IdentifierUsage.General);

    public void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine("create extension if not exists pg_trgm;");
        writer.WriteLine($"create index if not exists {Name} on {table.QualifiedName} using gin ({column} gin_trgm_ops);");
    }

    public void WriteDropStatement(Migrator migrator, TextWriter writer) => writer.WriteLine($"drop index if exists {table.Schema}.{Name};");

    public void ConfigureQueryCommand(DbCommandBuilder builder)
    {
        var schema = builder.AddParameter(table.Schema).ParameterName;
        var name = builder.AddParameter(Name).ParameterName;
        builder.Append($"select count(*)::int from pg_indexes where schemaname = :{schema} and indexname = :{name};");
    }

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        var found = await reader.ReadAsync(ct) ? await reader.GetFieldValueAsync<int>(0, ct) : 0;
        return new SchemaObjectDelta(this, found == 1 ? SchemaPatchDifference.None : SchemaPatchDifference.Create);
    }

    public IEnumerable<DbObjectName> AllNames()
    {
        yield return Identifier;
    }
}
