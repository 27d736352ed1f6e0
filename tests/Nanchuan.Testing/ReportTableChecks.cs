using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Npgsql;
using Shouldly;

namespace Nanchuan.Testing;

/// <summary>Rebuild-equals-live (platform rule 7) for every declared report table of a module, and reading its rows as text.</summary>
public static class ReportTableChecks
{
    /// <summary>
    /// Takes the live rows of every table and view of the catalog (each must hold some, so the proof is not vacuous), empties the
    /// fact tables, runs <paramref name="rebuild"/> and requires exactly the live rows back, table by table.
    /// </summary>
    public static async Task ShouldRebuildToTheLiveRowsAsync(this PlatformHost platform, ReportCatalog catalog, Func<Task> rebuild)
    {
        var live = await platform.ReportRowsAsync(catalog);
        foreach (var (table, rows) in live) rows.ShouldNotBeEmpty($"{table} has no live rows: give the scenario something for it.");

        await platform.ExecuteAsync($"truncate {string.Join(", ", catalog.Tables.Where(t => !t.IsView).Select(t => t.QualifiedName))}");
        (await platform.ReportRowsAsync(catalog)).Values.ShouldAllBe(rows => rows.Count == 0);
        await rebuild();

        var rebuilt = await platform.ReportRowsAsync(catalog);
        foreach (var (table, rows) in live) rebuilt[table].ShouldBe(rows, $"{table} after the rebuild");
    }

    /// <summary>Rebuilds the catalog's tables with the Marten projection that writes them.</summary>
    public static Task ShouldRebuildToTheLiveRowsAsync<TProjection>(this PlatformHost platform, ReportCatalog catalog) =>
        platform.ShouldRebuildToTheLiveRowsAsync(catalog, async () =>
        {
            using var daemon = await platform.Host.Services.GetRequiredService<IDocumentStore>().BuildProjectionDaemonAsync();
            await daemon.RebuildProjectionAsync<TProjection>(CancellationToken.None);
        });

    /// <summary>Every row of every table of the catalog as its row literal, in key order.</summary>
    public static async Task<IReadOnlyDictionary<string, List<string>>> ReportRowsAsync(this PlatformHost platform, ReportCatalog catalog)
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        var all = new Dictionary<string, List<string>>();
        foreach (var table in catalog.Tables)
        {
            var order = string.Join(", ", table.KeyColumns.Select(c => $"{c.Name}::text collate \"C\""));
            await using var command = new NpgsqlCommand($"select t::text from {table.QualifiedName} t order by {order}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
            all[table.QualifiedName] = rows;
        }
        return all;
    }

    private static async Task ExecuteAsync(this PlatformHost platform, string sql)
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
