using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Modules;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Nanchuan.Testing;
using Npgsql;

namespace Nanchuan.Platform.Tests;

/// <summary>The report tables of every module: the data dictionary is current, the database has the declared columns, and the reporting role reads them and nothing else.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReportTableTests(PlatformHost platform)
{
    private IReadOnlyList<ReportCatalog> Catalogs =>
        platform.Host.Services.GetRequiredService<IReadOnlyList<INanchuanModule>>().Select(m => m.Reports).OfType<ReportCatalog>().ToList();

    [Fact]
    public void Every_module_declares_its_report_tables()
    {
        Catalogs.Select(c => c.Module).Order().ShouldBe(["awards", "enforcement", "grievances", "incentives", "judiciary", "landuse", "licensing", "oversight", "procurement", "utilities"]);
        Catalogs.ShouldAllBe(c => c.Tables.All(t => t.Columns.All(column => column.ChineseName != "" && column.Meaning != "")));
    }

    [Fact]
    public void The_data_dictionary_is_current()
    {
        var path = Path.Combine(GeneratedCodeTests.RepositoryRoot(), "docs", "reporting.md");
        var expected = ReportingDictionary.Markdown(Catalogs);
        if (Environment.GetEnvironmentVariable("NANCHUAN_WRITE_REPORTING_DOC") == "1") File.WriteAllText(path, expected);
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        actual.ShouldBe(expected, $"docs/reporting.md is not current; regenerate it with: {ReportingDictionary.RegenerateCommand}");
    }

    [Fact]
    public async Task Every_table_and_view_has_the_declared_columns_and_types()
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        foreach (var table in Catalogs.SelectMany(c => c.Tables))
        {
            await using var command = new NpgsqlCommand(
                "select attname || ' ' || format_type(atttypid, atttypmod) from pg_attribute where attrelid = to_regclass($1) and attnum > 0 and not attisdropped order by attnum",
                connection) { Parameters = { new() { Value = table.QualifiedName } } };
            await using var reader = await command.ExecuteReaderAsync();
            var columns = new List<string>();
            while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
            columns.ShouldBe(table.Columns.Select(c => $"{c.Name} {(c.Type == "timestamptz" ? "timestamp with time zone" : c.Type)}"), table.QualifiedName);
        }
    }

    /// <summary>The views and the role are schema objects of ours: once applied, the next comparison finds nothing to change (no rewrite at every start).</summary>
    [Fact]
    public async Task The_applied_schema_matches_the_declarations()
    {
        var store = platform.Host.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }

    [Fact]
    public async Task The_reporting_role_reads_the_report_tables_and_nothing_else()
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, "set role nanchuan_reporting");

        foreach (var table in Catalogs.SelectMany(c => c.Tables)) await Execute(connection, $"select count(*) from {table.QualifiedName}");
        foreach (var refused in new[] { "events.mt_events", "events.mt_streams", "grievances.mt_doc_grievance", "wolverine.wolverine_incoming_envelopes" })
            (await Should.ThrowAsync<PostgresException>(() => Execute(connection, $"select count(*) from {refused}"))).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await Should.ThrowAsync<PostgresException>(() => Execute(connection, "delete from licensing.application_rows"))).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
