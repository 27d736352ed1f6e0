using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.BuildingBlocks.Platform.Reports;
using Npgsql;
using Shouldly;

namespace Nanchuan.Testing;

/// <summary>Rebuild-equals-live (platform rule 7) for declared report tables, and reading their rows as text.</summary>
public static class ReportTableChecks
{
    /// <summary>
    /// Takes the live rows of the tables and views (each must hold some, so the proof is not vacuous), empties the fact tables among
    /// them, runs <paramref name="rebuild"/> and requires exactly the live rows back, table by table.
    /// </summary>
    public static async Task ShouldRebuildToTheLiveRowsAsync(this PlatformHost platform, IReadOnlyList<ReportTable> tables, Func<Task> rebuild)
    {
        var live = await platform.ReportRowsAsync(tables);
        foreach (var (table, rows) in live) rows.ShouldNotBeEmpty($"{table} has no live rows: give the scenario something for it.");

        await platform.ExecuteAsync($"truncate {string.Join(", ", tables.Where(t => !t.IsView).Select(t => t.QualifiedName))}");
        (await platform.ReportRowsAsync(tables)).Values.ShouldAllBe(rows => rows.Count == 0);
        await rebuild();

        var rebuilt = await platform.ReportRowsAsync(tables);
        foreach (var (table, rows) in live) rebuilt[table].ShouldBe(rows, $"{table} after the rebuild");
    }

    /// <summary>Every table of a module's catalog.</summary>
    public static Task ShouldRebuildToTheLiveRowsAsync(this PlatformHost platform, ReportCatalog catalog, Func<Task> rebuild) =>
        platform.ShouldRebuildToTheLiveRowsAsync(catalog.Tables, rebuild);

    /// <summary>Every table of a module's catalog, rebuilt with the Marten projection that writes them.</summary>
    public static Task ShouldRebuildToTheLiveRowsAsync<TProjection>(this PlatformHost platform, ReportCatalog catalog) =>
        platform.ShouldRebuildToTheLiveRowsAsync<TProjection>([.. catalog.Tables]);

    /// <summary>The given tables, rebuilt with the Marten projection that writes them.</summary>
    public static Task ShouldRebuildToTheLiveRowsAsync<TProjection>(this PlatformHost platform, params ReportTable[] tables) =>
        platform.ShouldRebuildToTheLiveRowsAsync(tables, async () =>
        {
            using var daemon = await platform.Host.Services.GetRequiredService<IDocumentStore>().BuildProjectionDaemonAsync();
            await daemon.RebuildProjectionAsync<TProjection>(CancellationToken.None);
        });

    public static Task<IReadOnlyDictionary<string, List<string>>> ReportRowsAsync(this PlatformHost platform, ReportCatalog catalog) =>
        platform.ReportRowsAsync(catalog.Tables);

    /// <summary>Every row of each table as its row literal, in key order.</summary>
    public static Task<IReadOnlyDictionary<string, List<string>>> ReportRowsAsync(this PlatformHost platform, IEnumerable<ReportTable> tables) =>
        ReportRowsAsync(platform.ConnectionString, tables);

    /// <summary>As above, on any database of the platform (e.g. one restored from a backup).</summary>
    public static async Task<IReadOnlyDictionary<string, List<string>>> ReportRowsAsync(string connectionString, IEnumerable<ReportTable> tables)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var all = new Dictionary<string, List<string>>();
        foreach (var table in tables)
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

    public static async Task ExecuteAsync(this PlatformHost platform, string sql)
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
