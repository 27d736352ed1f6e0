using Nanchuan.BuildingBlocks.Paging;
using Nanchuan.Oversight.Reports;
using Npgsql;

namespace Nanchuan.Bench;

/// <summary>
/// The plans of S11's paged and reported reads, as PostgreSQL executed them on the generated district (EXPLAIN ANALYZE with
/// buffers, written to the log): the thread's first and later page (ADR 0181) beside the whole-thread read they replace, the
/// running deadlines of an enterprise and of a module (ADR 0265), and the one-trip report's sum of its kept monthly totals
/// (ADR 0198). The SQL is the endpoints' own statements with the values filled in.
/// </summary>
internal static class ScalePlans
{
    public static async Task LogAsync(string database, string creditCode, string? threadCursor, int pageSize, TextWriter log, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellation);
        const string Entries = "select * from oversight.thread_entries where credit_code = $1";
        await PlanAsync("the whole thread (before ADR 0181)", $"{Entries} order by at, rank, entry_id", [creditCode]);
        await PlanAsync("the thread's first page", $"{Entries} order by at desc, rank desc, entry_id desc limit {pageSize + 1}", [creditCode]);
        if (ListCursor.Resolve(threadCursor) is { } after)
            await PlanAsync("a later page of the thread",
                $"{Entries} and (at, rank, entry_id) < ($2, (select rank from oversight.thread_entries where entry_id = $3), $3) " +
                $"order by at desc, rank desc, entry_id desc limit {pageSize + 1}", [creditCode, after.At.ToUniversalTime(), after.Id]);
        const string Running = $"select * from oversight.deadline_rows where {OversightRows.Open}";
        const string DeadlineOrder = "order by due_at, case_id, deadline, started_at";
        await PlanAsync("the enterprise's running deadlines (the thread's first page)", $"{Running} and credit_code = $1 {DeadlineOrder}", [creditCode]);
        await PlanAsync("a module's running deadlines", $"{Running} and lower(module) = lower($1) {DeadlineOrder} limit {pageSize + 1}", ["Licensing"]);
        await PlanAsync("the one-trip report",
            "select coalesce(sum(finished), 0)::int, coalesce(sum(within_one_trip), 0)::int from licensing.one_trip_months", []);

        async Task PlanAsync(string name, string sql, object[] values)
        {
            await using var explain = new NpgsqlCommand("explain (analyze, buffers) " + sql, connection);
            foreach (var value in values) explain.Parameters.Add(new NpgsqlParameter { Value = value });
            var lines = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync(cancellation))
                while (await reader.ReadAsync(cancellation)) lines.Add(reader.GetString(0));
            log.WriteLine($"S11 plan of {name}:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", lines)}");
        }
    }
}
