using Npgsql;

namespace Nanchuan.Oversight.Tests.Api;

/// <summary>
/// The read indexes of ADR 0170 and 0265: over ten thousand ended deadlines and thread entries, the running deadlines' lists, an
/// enterprise's running deadlines, its thread page by page and a case's entries are read through their indexes, not by scanning the
/// archive (bench S11's ten years). The schema check's stability with them is pinned by <see cref="SearchIndexTests"/>' first test.
/// </summary>
[Collection(OversightCollection.Name)]
public sealed class ReadIndexTests(OversightHost platform)
{
    private const string RunningOfAnEnterprise = "deadline_rows_credit_code_partial_idx";

    [Fact]
    public async Task The_running_deadlines_the_thread_and_a_cases_entries_are_read_through_their_indexes_among_ten_thousand_closed_cases()
    {
        await using var connection = new NpgsqlConnection(platform.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // As in S11's ten years: three in four deadlines met (closed_at null), one in four ended by its case's closing (met_at
        // null), twelve running; the planner, taking the two null fractions as independent, expects 0.25 × 0.75 of the rows to run.
        await Execute(connection, """
            insert into oversight.deadline_rows (case_id, deadline, started_at, module, case_type, credit_code, department, month, limit_label, due_at, met_at, closed_at)
            select gen_random_uuid(), 'Handling', now() - i * interval '1 hour', case when i % 3 = 0 then 'Licensing' else 'Grievances' end, 'grievance',
                   '915001' || lpad((i % 500)::text, 12, '0'), '区经济信息委', '2024-01', '5个工作日', now() - i * interval '1 hour' + interval '5 days',
                   case when i > 12 and i % 4 <> 0 then now() end, case when i > 12 and i % 4 = 0 then now() end
            from generate_series(1, 10000) i;
            insert into oversight.thread_entries (entry_id, case_id, module, case_type, credit_code, department, month, at, rank, kind, summary)
            select gen_random_uuid(), gen_random_uuid(), 'Grievances', 'grievance', '915001' || lpad((i % 5)::text, 12, '0'), '区经济信息委', '2024-01',
                   now() - i * interval '1 hour', 0, 'opened', '受理'
            from generate_series(1, 10000) i;
            analyze oversight.deadline_rows; analyze oversight.thread_entries;
            """);

        // The endpoints' statements: the overdue list, a handler's and a module's running deadlines read the running rows alone
        // (through either partial index: both hold just them), an enterprise's (its thread's first page) by its code among them,
        // whatever share of the table the planner expects them to be. (The plain index on (met_at, closed_at, due_at) before
        // ADR 0265 gave no order, `is null` being no equality: the planner fetched and sorted the rows it expected, and at S11's
        // 442,614 deadlines it scanned the table.)
        const string Deadlines = $"select * from oversight.deadline_rows where {Nanchuan.Oversight.Reports.OversightRows.Open}";
        const string Order = "order by due_at, case_id, deadline, started_at";
        foreach (var (read, index) in new[]
                 {
                     ($"{Deadlines} and due_at < now() {Order} limit 51", "_partial_idx"),
                     ($"{Deadlines} and due_at < now() and department = '区经济信息委' {Order} limit 51", "_partial_idx"),
                     ($"{Deadlines} and lower(module) = lower('licensing') {Order} limit 51", "_partial_idx"),
                     ($"{Deadlines} and credit_code = '915001000000000007' {Order}", RunningOfAnEnterprise),
                 })
        {
            var plan = await PlanAsync(connection, read);
            plan.ShouldContain(index, customMessage: plan);
            plan.ShouldNotContain("Seq Scan", customMessage: plan);
        }
        // A later page of a thread of two thousand entries (ADR 0181): one backward range of the index from the cursor's position,
        // stopped after the page, no sort.
        var later = await PlanAsync(connection, """
            select * from oversight.thread_entries where credit_code = '915001000000000002'
              and (at, rank, entry_id) < (now() - interval '100 days', (select rank from oversight.thread_entries where entry_id = '0193a5c0-0000-7000-8000-000000000001'), '0193a5c0-0000-7000-8000-000000000001')
            order by at desc, rank desc, entry_id desc limit 101
            """);
        later.ShouldContain("Index Scan Backward using thread_entries_credit_code_at_rank_entry_id_idx");
        later.ShouldNotContain("Sort");
        (await PlanAsync(connection, "select * from oversight.thread_entries where case_id = '0193a5c0-0000-7000-8000-000000000001' order by at, rank, entry_id"))
            .ShouldContain("thread_entries_case_id_idx");
        await transaction.RollbackAsync();
    }

    private static async Task<string> PlanAsync(NpgsqlConnection connection, string sql)
    {
        await using var explain = new NpgsqlCommand("explain " + sql, connection);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        return string.Join("\n", plan);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
