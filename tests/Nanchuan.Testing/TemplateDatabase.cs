using Npgsql;

namespace Nanchuan.Testing;

/// <summary>
/// The test process's template database (docs/adr/0195): the platform's schema made once, as a deployment's first start
/// makes it (`Database:ApplySchemaAtStartup=true`), then emptied of every row that start wrote besides the schema — Wolverine's
/// node registrations and assignments, the openings' documents and events — and closed to connections, so that
/// `CREATE DATABASE … TEMPLATE` can copy it. A copy is what `resources setup` leaves: the whole schema, no data.
/// </summary>
internal static class TemplateDatabase
{
    /// <summary>Makes the template on the run's server and returns its name.</summary>
    public static async Task<string> BuildAsync(string adminConnectionString)
    {
        var connectionString = await TestDatabaseServer.CreateDatabaseAsync("template");
        await (await PlatformHost.StartAsync(connectionString)).DisposeAsync();
        await ExecuteAsync(connectionString, EmptyEveryTable);
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        // Closed first, then the sessions the stopped host's pools kept are ended: a database with a session cannot be copied.
        await ExecuteAsync(adminConnectionString, $"alter database \"{name}\" with allow_connections false");
        await ExecuteAsync(adminConnectionString,
            $"select pg_terminate_backend(pid, 5000) from pg_stat_activity where datname = '{name}' and pid <> pg_backend_pid()");
        return name;
    }

    /// <summary>Every table of every schema truncated at once (foreign keys among them allowed), every sequence back at its start.</summary>
    private const string EmptyEveryTable = """
        do $$
        declare
            tables text;
            sequence record;
        begin
            select string_agg(format('%I.%I', schemaname, tablename), ', ') into tables
            from pg_tables where schemaname not in ('pg_catalog', 'information_schema');
            if tables is not null then execute 'truncate ' || tables; end if;
            for sequence in select schemaname, sequencename, start_value from pg_sequences
                            where schemaname not in ('pg_catalog', 'information_schema') loop
                perform setval(format('%I.%I', sequence.schemaname, sequence.sequencename), sequence.start_value, false);
            end loop;
        end $$;
        """;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        var oneOff = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(oneOff.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
