using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Weasel.Core;
using DbCommandBuilder = Weasel.Core.DbCommandBuilder;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>
/// A summary view as a Weasel schema object (Weasel has tables, not views): created with the module's schema, recreated when
/// its declaration changes (a hash of it is the view's comment), and granted to the reporting role again when recreated.
/// </summary>
internal sealed class ReportView(ReportTable table) : ISchemaObject
{
    public DbObjectName Identifier => table.ObjectName;

    private string Signature => "nanchuan:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        table.ViewQuery + string.Join(";", table.Columns.Select(c => $"{c.Name} {c.Type}")))))[..16];

    public void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine($"create view {table.QualifiedName} ({string.Join(", ", table.Columns.Select(c => c.Name))}) as");
        writer.WriteLine($"{table.ViewQuery};");
        writer.WriteLine($"comment on view {table.QualifiedName} is '{Signature}';");
        writer.WriteLine($"do $$ begin if exists (select from pg_roles where rolname = '{ReportingRole.Name}') then grant select on {table.QualifiedName} to {ReportingRole.Name}; end if; end $$;");
    }

    public void WriteDropStatement(Migrator migrator, TextWriter writer) => writer.WriteLine($"drop view if exists {table.QualifiedName};");

    public void ConfigureQueryCommand(DbCommandBuilder builder)
    {
        var name = builder.AddParameter(table.QualifiedName).ParameterName;
        builder.Append($"select obj_description(to_regclass(:{name}), 'pg_class'), to_regclass(:{name}) is not null;");
    }

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        if (!await reader.ReadAsync(ct) || !await reader.GetFieldValueAsync<bool>(1, ct)) return new SchemaObjectDelta(this, SchemaPatchDifference.Create);
        var comment = await reader.IsDBNullAsync(0, ct) ? null : await reader.GetFieldValueAsync<string>(0, ct);
        return new SchemaObjectDelta(this, comment == Signature ? SchemaPatchDifference.None : SchemaPatchDifference.Update);
    }

    public IEnumerable<DbObjectName> AllNames()
    {
        yield return Identifier;
    }
}
