using System.Text.RegularExpressions;
using Marten;
using Marten.Linq;
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

    [Fact]
    public async Task The_board_reads_the_requests_due_by_today_by_their_index_and_not_those_due_later()
    {
        var store = platform.Host.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // Twenty thousand requests as a district has them: most closed, one in twenty waiting with its deadline in the next
        // thirty days, one in a hundred handled, one in fifty closed with a promise revisited; rolled back after.
        await ExecuteAsync(connection, """
            insert into grievances.mt_doc_grievance (id, data, received_at_utc, status, running_due_at_utc, promise_kept, promised_completion_date)
            select gen_random_uuid(), '{}'::jsonb, timestamptz '2024-04-01 02:00:00+00' + i * interval '1 minute',
                   case when i % 100 < 5 then (array['Received','Assigned','Contacted'])[i % 3 + 1] when i % 100 = 5 then 'Handled' else 'Closed' end,
                   case when i % 100 < 5 then timestamptz '2024-05-20 10:00:00+00' + (i % 720) * interval '1 hour' end,
                   case when i % 50 = 7 then true end,
                   case when i % 50 = 7 then date '2024-05-01' end
            from generate_series(1, 20000) i order by md5(i::text);
            analyze grievances.mt_doc_grievance;
            """);
        await using var session = store.QuerySession();
        // 2024-05-20 in Asia/Shanghai ends at 16:00 UTC.
        await using var explain = OpenItemsBoardEndpoint.Rows(session, new DateOnly(2024, 5, 20), new DateTimeOffset(2024, 5, 20, 16, 0, 0, TimeSpan.Zero))
            .ToCommand(FetchType.FetchMany);
        explain.CommandText = $"explain {explain.CommandText}";
        explain.Connection = connection;
        explain.Transaction = transaction;
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        }
        await transaction.RollbackAsync();

        var text = string.Join('\n', plan);
        text.ShouldContain("Index Scan on mt_doc_grievance_idx_running_due_at_utc", customMessage: text);
        text.ShouldNotContain("Seq Scan", customMessage: text);
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
