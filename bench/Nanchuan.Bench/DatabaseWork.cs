using Npgsql;

namespace Nanchuan.Bench;

/// <summary>
/// What one run asked of PostgreSQL, per request, in counts a loaded machine does not change (bench/RESULTS.md, "the write
/// path"): statements the app sent (top-level), transactions it committed explicitly (<c>COMMIT</c>; a statement alone commits
/// implicitly and is not counted), WAL records written
/// and envelopes written to Wolverine's tables. Read from <c>pg_stat_statements</c>, which counts at once (the other statistics
/// views lag by up to 10 s); null when the cluster does not load it (bench/profile/write-counts.sh says how).
/// </summary>
public sealed record DatabaseWork(double Statements, double Commits, double WalRecords, double Envelopes)
{
    public override string ToString() =>
        $"{Statements:F1} statements, {Commits:F1} commits, {WalRecords:F1} WAL records, {Envelopes:F1} envelopes";

    /// <summary>The counters of one database now; null without <c>pg_stat_statements</c> in the admin database.</summary>
    public static async Task<Counters?> ReadAsync(string adminConnectionString, string? database, CancellationToken cancellation)
    {
        if (database is null) return null;
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellation);
        await using (var exists = new NpgsqlCommand("select to_regclass('pg_stat_statements') is not null", connection))
            if (!(bool)(await exists.ExecuteScalarAsync(cancellation))!) return null;
        await using var command = new NpgsqlCommand("""
            select coalesce(sum(calls), 0)::float8,
                   coalesce(sum(calls) filter (where query ilike 'commit%'), 0)::float8,
                   coalesce(sum(wal_records), 0)::float8,
                   coalesce(sum(rows) filter (where query ilike 'insert into %wolverine\_%\_envelopes%'), 0)::float8
            from pg_stat_statements s join pg_database d on d.oid = s.dbid
            where d.datname = $1 and s.toplevel
            """, connection);
        command.Parameters.AddWithValue(database);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        await reader.ReadAsync(cancellation);
        return new Counters(reader.GetDouble(0), reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3));
    }

    public sealed record Counters(double Statements, double Commits, double WalRecords, double Envelopes)
    {
        public DatabaseWork? PerRequest(Counters? after, long requests) => after is null || requests == 0 ? null : new(
            (after.Statements - Statements) / requests, (after.Commits - Commits) / requests,
            (after.WalRecords - WalRecords) / requests, (after.Envelopes - Envelopes) / requests);
    }
}
