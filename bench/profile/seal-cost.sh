#!/usr/bin/env bash
# The seal trigger's server work per append (bench/RESULTS.md, 2026-12-05 (g)): a private cluster with pg_stat_statements
# (track = all) and track_functions = all, the schema of the given build (`resources setup`), 500 streams, then rounds of N
# appends of one event of S1's contact shape through Marten's `mt_quick_append_events`, each round in a transaction rolled
# back, alternately with the build's seal trigger enabled and disabled. Per append: the backend's CPU µs
# (/proc/self/schedstat, so a loaded machine's waiting is not counted), and from the statistics the event insert's and the
# trigger's server µs per call. Ends with EXPLAIN (ANALYZE, BUFFERS) of the trigger's predecessor lookup.
#   bench/profile/seal-cost.sh <path to Nanchuan.Host.dll> [appends per round, default 5000] [rounds, default 6]
set -euo pipefail
host_dll=$(realpath "$1"); appends=${2:-5000}; rounds=${3:-6}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c track_functions=all"
. "$ROOT/bench/private-postgres.sh" seal-cost
psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_ -d postgres -c "create database seal" >/dev/null
psql_ -d seal -c "create extension pg_stat_statements" >/dev/null
ConnectionStrings__Nanchuan="Host=127.0.0.1;Port=$PG_PORT;Database=seal;Username=postgres" ASPNETCORE_ENVIRONMENT=Development \
  dotnet "$host_dll" resources setup >/dev/null
trigger=$(psql_ -d seal -c "select tgname from pg_trigger where tgrelid = 'events.mt_events'::regclass and tgname like 'nanchuan_seal%'")
echo "build: $host_dll; trigger: $trigger; $appends appends a round"
cat > "$PG_DIR/appends.sql" <<'SQL'
create or replace procedure pg_temp.seal_appends(n int) language plpgsql as $$
declare
  streams uuid[];
  s uuid;
begin
  select array_agg(id order by id) into streams from events.mt_streams where type = 'seal_probe';
  for i in 1..n loop
    s := streams[1 + (i % array_length(streams, 1))];
    perform events.mt_quick_append_events(s, 'seal_probe', '*DEFAULT*', array[gen_random_uuid()], array['grievance_contacted'],
      array['Nanchuan.Grievances.GrievanceContacted, Nanchuan.Grievances'],
      array[jsonb_build_object('grievanceId', s, 'contactedAt', now(), 'handlerId', 'handler-0042', 'note',
        '已电话联系企业负责人王经理，约定三个工作日内上门核实厂区门前道路破损情况并反馈处理方案。', 'method', 'phone', 'department', '区交通运输委员会')],
      array[null::bytea], array[gen_random_uuid()::text], array[gen_random_uuid()::text],
      array[jsonb_build_object('actorId', 'handler-0042', 'actorName', '李%E5%BC%A0', 'role', 'DepartmentHandler',
        'department', 'transport', 'channel', 'web', 'departmentId', 'd-17')]);
  end loop;
end $$;
create or replace function pg_temp.cpu_ns() returns bigint language sql as $$ select split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint $$;
SQL
psql_ -d seal -c "do \$\$ begin for i in 1..500 loop
  perform events.mt_quick_append_events(gen_random_uuid(), 'seal_probe', '*DEFAULT*', array[gen_random_uuid()], array['probe_started'], array['X'],
    array['{\"a\":1}'::jsonb], array[null::bytea], array[null::varchar], array[null::varchar], array['{}'::jsonb]);
end loop; end \$\$;"
round() { # <on|off>
  local alter=""; [ "$1" = off ] && alter="alter table events.mt_events disable trigger $trigger;"
  # Each round is rolled back: vacuum its dead rows, or every later round checks the unique index against them.
  psql_ -d seal -c "vacuum events.mt_events, events.mt_streams" -c "select pg_stat_statements_reset(), pg_stat_reset()" >/dev/null
  psql_ -d seal <<SQL
\i $PG_DIR/appends.sql
call pg_temp.seal_appends(50);
begin;
$alter
select pg_temp.cpu_ns() as c0 \gset
call pg_temp.seal_appends($appends);
select round((pg_temp.cpu_ns() - :c0) / 1000.0 / $appends, 1) as cpu \gset
rollback;
select pg_sleep(0.6);
select '$1', :'cpu',
  (select round((total_exec_time / calls * 1000)::numeric, 1) from pg_stat_statements where query like 'insert into events.mt_events%' and calls >= $appends),
  (select round((total_exec_time / calls * 1000)::numeric, 1) from pg_stat_statements where query like 'select e.headers ->> %' and calls >= $appends),
  coalesce((select round((self_time / calls * 1000)::numeric, 1)::text from pg_stat_user_functions where funcname like 'nanchuan_seal%' and calls >= $appends), '');
SQL
}
echo "trigger|backend CPU µs per append|event insert µs per call (pg_stat_statements)|predecessor lookup µs per call|trigger function µs per call (pg_stat_user_functions)"
for _ in $(seq "$rounds"); do round on; round off; done | grep -v '^$'
stream=$(psql_ -d seal -c "select id from events.mt_streams where type = 'seal_probe' limit 1")
psql_ -d seal -c "explain (analyze, buffers, costs off) select e.headers ->> 'seal' from events.mt_events e where e.stream_id = '$stream' and e.version = 1"
