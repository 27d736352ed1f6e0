using System.Security.Claims;
using System.Text.Json;
using Npgsql;

namespace Nanchuan.Bench.RawNpgsql;

/// <summary>
/// The same shape as Marten's event store (streams with a version, events with data, headers and a unique stream/version
/// pair), a document table for reads (the request's detail), and the two other read rows the platform keeps current per
/// step: the list row and the handling-round row, with the same duplicated, indexed columns as the platform's
/// (GrievancesModule.ConfigureMarten). Created on start-up, seeded by the bench driver.
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
            create table if not exists bench_raw.documents (id uuid primary key, data jsonb not null);
            create table if not exists bench_raw.list_rows (
                id uuid primary key, data jsonb not null, credit_code varchar, handling_unit_id varchar);
            create index if not exists list_rows_credit_code on bench_raw.list_rows (credit_code);
            create index if not exists list_rows_handling_unit_id on bench_raw.list_rows (handling_unit_id);
            create table if not exists bench_raw.round_rows (
                id varchar primary key, data jsonb not null, grievance_id uuid, assigned_at timestamptz, evaluated_at timestamptz,
                closed_at timestamptz, enterprise_rated_at timestamptz);
            create index if not exists round_rows_grievance_id on bench_raw.round_rows (grievance_id);
            create index if not exists round_rows_assigned_at on bench_raw.round_rows (assigned_at);
            create index if not exists round_rows_evaluated_at on bench_raw.round_rows (evaluated_at);
            create index if not exists round_rows_closed_at on bench_raw.round_rows (closed_at);
            create index if not exists round_rows_enterprise_rated_at on bench_raw.round_rows (enterprise_rated_at);
            """);
        await command.ExecuteNonQueryAsync();
    }
}
