using System.Security.Cryptography;
using System.Text;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Weasel.Core;
using static Nanchuan.Oversight.Tests.Api.OversightApi;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>The search's trigram indexes (ADR 0103, 0137): part of the schema, stable across checks, and used by the search's form of query.</summary>
[Collection(OversightCollection.Name)]
public sealed class SearchIndexTests(OversightHost platform)
{
    private static readonly string[] Indexes = ["case_rows_credit_code_trgm", "case_rows_enterprise_name_trgm", "case_rows_reference_trgm", "case_numbers_number_trgm"];

    [Fact]
    public async Task After_setup_a_second_schema_check_finds_nothing_to_change_and_the_indexes_are_trigram_gin()
    {
        var store = platform.Host.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        (await store.Storage.Database.CreateMigrationAsync()).Difference.ShouldBe(SchemaPatchDifference.None);
        await store.Storage.Database.AssertDatabaseMatchesConfigurationAsync();

        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select indexname, indexdef from pg_indexes where schemaname = 'oversight' and indexname like '%\\_trgm' order by indexname", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var found = new List<(string Name, string Definition)>();
        while (await reader.ReadAsync()) found.Add((reader.GetString(0), reader.GetString(1)));
        found.Select(f => f.Name).ShouldBe(Indexes, ignoreOrder: true);
        found.ShouldAllBe(f => f.Definition.Contains("USING gin") && f.Definition.Contains("gin_trgm_ops"));
    }

    [Fact]
    public async Task A_part_of_a_code_a_number_or_a_name_is_looked_up_through_its_trigram_index_among_ten_thousand_cases()
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // Codes, numbers and names as varied as real ones (hex from md5), so each trigram is rare, as in a real district's rows.
        await Execute(connection, """
            insert into oversight.case_rows (case_id, module, case_type, credit_code, reference, enterprise_name)
            select gen_random_uuid(), 'Licensing', 'application', '915001' || upper(substr(md5('c' || i), 1, 12)), 'XM-' || substr(md5('r' || i), 1, 12),
                   'Index Test ' || substr(md5('n' || i), 1, 12)
            from generate_series(1, 10000) i;
            insert into oversight.case_numbers (case_id, number, label, at)
            select case_id, 'JBD-' || substr(md5(credit_code), 1, 12), '交办单编号', now() from oversight.case_rows where enterprise_name like 'Index Test %';
            analyze oversight.case_rows; analyze oversight.case_numbers;
            """);
        // Rows inserted in bulk wait in each GIN index's pending list until (auto)vacuum merges them, and the planner prices a
        // long list as slow; merged as autovacuum would do between a real district's writes and its searches.
        foreach (var index in Indexes) await Execute(connection, $"select gin_clean_pending_list('oversight.{index}'::regclass)");
        foreach (var (table, column, part, index) in new[]
                 {
                     ("case_rows", "credit_code", Md5("c4321")[2..10].ToUpperInvariant(), "case_rows_credit_code_trgm"),
                     ("case_rows", "reference", Md5("r4321")[2..10], "case_rows_reference_trgm"),
                     ("case_rows", "enterprise_name", Md5("n4321")[2..10], "case_rows_enterprise_name_trgm"),
                     ("case_numbers", "number", Md5("915001" + Md5("c4321")[..12].ToUpperInvariant())[1..9], "case_numbers_number_trgm"),
                 })
        {
            await using var explain = new NpgsqlCommand($"explain select case_id from oversight.{table} where {column} ilike @like", connection)
            {
                Parameters = { new("like", $"%{part}%") },
            };
            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
                while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
            string.Join("\n", plan).ShouldContain(index, customMessage: string.Join("\n", plan));
            await using var count = new NpgsqlCommand($"select count(*)::int from oversight.{table} where {column} ilike @like", connection) { Parameters = { new("like", $"%{part}%") } };
            ((int)(await count.ExecuteScalarAsync())!).ShouldBeGreaterThanOrEqualTo(1, $"{column} ilike %{part}%");
        }
        await transaction.RollbackAsync();
    }

    [Fact]
    public async Task A_part_of_a_credit_code_finds_its_cases()
    {
        var enterprise = Enterprise("91500115MA5U8XRC79", "重庆南川索引戊商贸有限公司");
        platform.SetTime(At(2025, 3, 17, 10, 0));
        var id = Guid.Empty;
        await platform.Tracked(async () => id = await platform.ReceiveGrievance(enterprise));

        (await platform.Search(TestActors.BusinessOffice, "115ma5u8xrc79")).Items.ShouldHaveSingleItem()
            .ShouldSatisfyAllConditions(h => h.CaseId.ShouldBe(id), h => h.MatchedOn.ShouldBe("creditCode"));
        (await platform.Search(TestActors.BusinessOffice, "索引戊商贸")).Items.ShouldHaveSingleItem().MatchedOn.ShouldBe("enterpriseName");
    }

    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
