using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Testing;
using Npgsql;
using Weasel.Core;
using Weasel.Core.Migrations;
using Wolverine.Runtime;

namespace Nanchuan.Platform.Tests;

/// <summary>
/// The test hosts' databases are copies of one template per test process, started without the schema comparison
/// (docs/adr/0195). A copy must be what `resources setup` leaves: the schema the platform makes, complete, and no row.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TemplateDatabaseTests(PlatformHost platform)
{
    [Fact]
    public async Task A_copy_of_the_template_has_the_platforms_tables_and_not_one_row_nor_used_sequence()
    {
        var copy = await TestDatabaseServer.CreateMigratedDatabaseAsync("copy");
        await using var connection = new NpgsqlConnection(copy);
        await connection.OpenAsync();

        var tables = await ListAsync(connection, $"select format('%I.%I', schemaname, tablename) from pg_tables where {NotSystem}");
        tables.ShouldContain("events.mt_events");
        tables.ShouldContain("wolverine.wolverine_nodes");
        tables.ShouldContain("grievances.mt_doc_grievance");
        var withRows = await ListAsync(connection, $"""
            select format('%I.%I', schemaname, tablename) from pg_tables
            where {NotSystem} and (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I.%I', schemaname, tablename), false, true, '')))[1]::text::int > 0
            """);
        withRows.ShouldBeEmpty();
        (await ListAsync(connection, $"select sequencename::text from pg_sequences where {NotSystem} and last_value is not null")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_schema_of_a_hosts_copy_is_what_the_platform_would_make_so_a_comparison_finds_nothing_to_change()
    {
        TestDatabaseServer.IsMigratedCopy(platform.ConnectionString).ShouldBeTrue();
        var marten = platform.Services.GetRequiredService<IDocumentStore>().Storage.Database;
        (await marten.CreateMigrationAsync()).Difference.ShouldBe(SchemaPatchDifference.None);
        var messaging = (IDatabase)platform.Services.GetRequiredService<IWolverineRuntime>().Storage;
        (await messaging.CreateMigrationAsync()).Difference.ShouldBe(SchemaPatchDifference.None);
    }

    private const string NotSystem = "schemaname not in ('pg_catalog', 'information_schema')";

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var found = new List<string>();
        while (await reader.ReadAsync()) found.Add(reader.GetString(0));
        return found;
    }
}
