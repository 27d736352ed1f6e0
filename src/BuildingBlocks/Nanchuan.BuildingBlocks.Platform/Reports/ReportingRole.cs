using System.Data.Common;
using Weasel.Core;
using Weasel.Postgresql;
using DbCommandBuilder = Weasel.Core.DbCommandBuilder;

namespace Nanchuan.BuildingBlocks.Platform.Reports;

/// <summary>
/// The read-only role of reporting tools, <c>nanchuan_reporting</c> (NOLOGIN; a BI tool's login is made a member of it): usage on
/// the module schemas and SELECT on their declared report tables, nothing else, so it never sees the events, documents or
/// messages (docs/adr/0022). Created and granted with the schema; the grants are checked again at every schema comparison.
/// </summary>
internal sealed class ReportingRole(IReadOnlyList<ReportTable> tables) : ISchemaObject
{
    public const string Name = "nanchuan_reporting";

    public DbObjectName Identifier { get; } = new PostgresqlObjectName(PlatformHosting.PlatformSchema, Name, SchemaUtils.IdentifierUsage.General);

    public void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        // A role belongs to the cluster, not the database: several databases of one cluster may create it at once.
        writer.WriteLine($"do $$ begin create role {Name} nologin; exception when duplicate_object or unique_violation then null; end $$;");
        foreach (var schema in tables.Select(t => t.Schema).Distinct()) writer.WriteLine($"grant usage on schema {schema} to {Name};");
        foreach (var table in tables) writer.WriteLine($"grant select on {table.QualifiedName} to {Name};");
    }

    /// <summary>Never drops the role (other databases of the cluster may use it); an update only grants again.</summary>
    public void WriteDropStatement(Migrator migrator, TextWriter writer) => writer.WriteLine($"-- {Name} is kept");

    public void ConfigureQueryCommand(DbCommandBuilder builder)
    {
        var role = builder.AddParameter(Name).ParameterName;
        var names = builder.AddParameter(tables.Select(t => t.QualifiedName).ToArray()).ParameterName;
        builder.Append($"select count(*)::int from information_schema.role_table_grants where grantee = :{role} and privilege_type = 'SELECT' " +
                       $"and table_schema || '.' || table_name = any(:{names});");
    }

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        var granted = await reader.ReadAsync(ct) ? await reader.GetFieldValueAsync<int>(0, ct) : 0;
        return new SchemaObjectDelta(this, granted == tables.Count ? SchemaPatchDifference.None : SchemaPatchDifference.Update);
    }

    public IEnumerable<DbObjectName> AllNames()
    {
        yield return Identifier;
    }
}
