using System.Security.Claims;
using System.Text.Json;
using Npgsql;

namespace Nanchuan.Bench.RawNpgsql;

/// <summary>
/// The same shape as Marten's event store (streams with a version, events with data, headers and a unique stream/version
/// pair) and the one document the platform keeps per request since ADR 0200: its JSON with the same nine duplicated,
/// indexed columns as the platform's snapshot table (GrievanceListIndexes and GrievancesModule.ConfigureMarten) and the
/// indexes the platform's database has on them (one column each, ADR 0220), at the same fill factor 80 (ADR 0153).
/// Created on start-up, seeded by the bench driver.
/// </summary>
public static class RawSchema
{
    public const string AppendToStream = """
        with stream as (
            insert into bench_raw.streams (id, type, version, timestamp, created) values (@stream, 'grievance', 1, now(), now())
            on conflict (id) do update set version = bench_raw.streams.version + 1, timestamp = now()
            returning version)
        insert into bench_raw.events (id, stream_id, version, data, type, timestamp, headers)
        select @event, @stream, stream.version, @data, @type, now(), @headers from stream
        returning version
        """;

    public const string StartStreams = """
        with streams as (
            insert into bench_raw.streams (id, type, version, timestamp, created)
            select id, 'grievance', 1, now(), now() from unnest(@ids) as id returning id)
        insert into bench_raw.events (id, stream_id, version, data, type, timestamp, headers)
        select e.event, e.stream, 1, e.data, 'grievance_received', now(), @headers
        from unnest(@ids, @events, @datas) as e(stream, event, data)
        where e.stream in (select id from streams)
        """;

    /// <summary>Appends only if the stream is still at the version read (a new stream counts as version 0); no row means 409.</summary>
    public const string AppendExpecting = """
        with stream as (
            insert into bench_raw.streams (id, type, version, timestamp, created) values (@stream, 'bench', @expected + 1, now(), now())
            on conflict (id) do update set version = excluded.version, timestamp = now() where bench_raw.streams.version = @expected
            returning version)
        insert into bench_raw.events (id, stream_id, version, data, type, timestamp, headers)
        select @event, @stream, stream.version, @data, 'bench_appended', now(), @headers from stream
        returning version
        """;

    public static string Headers(ClaimsPrincipal user) => JsonSerializer.Serialize(new
    {
        actor = user.FindFirst("sub")?.Value,
        name = user.FindFirst("name")?.Value,
        role = user.FindFirst("role")?.Value,
        department = user.FindFirst("department")?.Value,
    });

    public static async Task EnsureAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            create schema if not exists bench_raw;
            create table if not exists bench_raw.streams (
                id uuid primary key, type varchar, version bigint not null, timestamp timestamptz not null, created timestamptz not null);
            create table if not exists bench_raw.events (
                seq_id bigserial primary key, id uuid not null, stream_id uuid not null, version bigint not null, data jsonb not null,
                type varchar not null, timestamp timestamptz not null, headers jsonb,
                constraint events_stream_version unique (stream_id, version));
            create table if not exists bench_raw.documents (
                id uuid primary key, data jsonb not null, received_at_utc timestamptz, credit_code_text varchar,
                handling_unit_id varchar, status varchar, promised_completion_date date, promise_kept boolean,
                first_assigned_at_utc timestamptz, last_round_activity_at_utc timestamptz, running_due_at_utc timestamptz) with (fillfactor = 80);
            create index if not exists documents_received on bench_raw.documents (received_at_utc, id);
            create index if not exists documents_credit_code on bench_raw.documents (credit_code_text, received_at_utc, id);
            create index if not exists documents_handling_unit on bench_raw.documents (handling_unit_id, received_at_utc, id);
            create index if not exists documents_handling_unit_status on bench_raw.documents (handling_unit_id, status, received_at_utc, id);
            create index if not exists documents_status on bench_raw.documents (status, received_at_utc, id);
            create index if not exists documents_promise on bench_raw.documents (promise_kept, promised_completion_date);
            create index if not exists documents_promised_completion_date on bench_raw.documents (promised_completion_date);
            create index if not exists documents_first_assigned_at_utc on bench_raw.documents (first_assigned_at_utc);
            create index if not exists documents_last_round_activity_at_utc on bench_raw.documents (last_round_activity_at_utc);
            create index if not exists documents_running_due_at_utc on bench_raw.documents (running_due_at_utc);
            """);
        await command.ExecuteNonQueryAsync();
    }
}
