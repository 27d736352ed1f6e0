using System.Text.RegularExpressions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Nanchuan.Grievances.Reading;
using Npgsql;
using Weasel.Core;

namespace Nanchuan.Grievances.Tests.Api;

/// <summary>
/// The lists' composite indexes reach the database (ADRs 0131, 0200, 0227): each list's narrowing column, then its order
/// (received time, id), as one B-tree over plain columns with no one-column index beside it, stable across schema checks,
/// and read by a list page with no sort and no filter (a handler's list of one status by the unit-and-status index, ADR 0241).
/// </summary>
[Collection(GrievancesCollection.Name)]
public sealed partial class ListIndexTests(GrievancesHost platform)
{
    private static readonly string[][] ListIndexes =
    [
        ["received_at_utc", "id"],
        ["credit_code_text", "received_at_utc", "id"],
        ["handling_unit_id", "received_at_utc", "id"],
        ["handling_unit_id", "status", "received_at_utc", "id"],
        ["status", "received_at_utc", "id"],
        ["promise_kept", "promised_completion_date"],
    ];

    [Fact]
    public async Task Each_list_index_holds_its_columns_in_order_and_a_second_schema_check_finds_nothing_to_change()
    {
        var store = platform.Host.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        (await store.Storage.Database.CreateMigrationAsync()).Difference.ShouldBe(SchemaPatchDifference.None);

        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "select indexdef from pg_indexes where schemaname = 'grievances' and tablename = 'mt_doc_grievance'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var btrees = new List<string>();
        while (await reader.ReadAsync())
        {
            if (BtreeColumns().Match(reader.GetString(0)) is { Success: true } plain) btrees.Add(plain.Groups["columns"].Value);
        }
        foreach (var columns in ListIndexes) btrees.ShouldContain(string.Join(", ", columns));
        // No one-column index that is only a prefix of a list's index: written on every change, never chosen.
        foreach (var leading in ListIndexes.Select(columns => columns[0])) btrees.ShouldNotContain(leading);
    }

    [Theory]
    [InlineData("handling_unit_id = 'unit-3'", "handling_unit")]
    [InlineData("handling_unit_id = 'unit-3' and d.status = 'Assigned'", "handling_unit_status")]
    [InlineData("status = 'Assigned'", "status")]
    [InlineData("credit_code_text = '91500101MA0000003X'", "credit_code")]
    public async Task A_list_page_narrowed_by_its_columns_reads_its_index_backwards_with_no_sort_and_no_filter(string narrowing, string index)
    {
        await platform.Host.Services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // Twenty thousand requests over ten units, statuses (each unit's requests in all of them) and enterprises, received a
        // minute apart and stored in no order of receipt, as a district's are after months of updates; rolled back after.
        await ExecuteAsync(connection, """
            insert into grievances.mt_doc_grievance (id, data, received_at_utc, handling_unit_id, status, credit_code_text)
            select gen_random_uuid(), '{}'::jsonb, timestamptz '2024-05-09 02:00:00+00' + i * interval '1 minute',
                   'unit-' || (i % 10), (array['Received','Assigned','Contacted','Handled','Evaluated','Unsatisfied','Closed','Tracking','Assigned','Handled'])[i / 10 % 10 + 1],
                   '91500101MA000000' || (i % 10) || 'X'
            from generate_series(1, 20000) i order by md5(i::text);
            analyze grievances.mt_doc_grievance;
            """);
        await using var explain = new NpgsqlCommand(
            $"explain select d.data from grievances.mt_doc_grievance as d where d.{narrowing} and (d.received_at_utc, d.id) < (timestamptz '2024-05-20 00:00:00+00', '00000000-0000-0000-0000-000000000000'::uuid) order by d.received_at_utc desc, d.id desc limit 101",
            connection);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        }
        await transaction.RollbackAsync();

        var text = string.Join('\n', plan);
        text.ShouldContain($"Index Scan Backward using {GrievanceListIndexes.ListIndexPrefix}{index}", customMessage: text);
        text.ShouldNotContain("Sort", customMessage: text);
        text.ShouldNotContain("Filter", customMessage: text); // every narrowing column is an index condition, no row read and dropped
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A B-tree over plain columns, with no predicate: its column list.</summary>
    [GeneratedRegex(@"USING btree \((?<columns>[a-z_]+(, [a-z_]+)*)\)$")]
    private static partial Regex BtreeColumns();
}
