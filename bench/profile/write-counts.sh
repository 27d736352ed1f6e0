#!/usr/bin/env bash
# Load-independent counts of a benchmark run (bench/RESULTS.md, 2026-12-05 "the write path"): statements with their calls,
# rows, mean execution and WAL records from pg_stat_statements, and each table's updates and heap-only (HOT) updates.
# The cluster must load the extension: start it with
#   -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all
# and `create extension pg_stat_statements` in the postgres database; give it to the driver with --database.
#   bench/profile/write-counts.sh <port> [database, default bench_platform]
set -euo pipefail
port=$1; db=${2:-bench_platform}
psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -P pager=off -c "
select calls, rows, round((total_exec_time / calls)::numeric, 3) as mean_ms, round(wal_records::numeric / calls, 1) as wal_records_per_call,
       round(((shared_blks_hit + shared_blks_read)::numeric / calls), 1) as blocks_per_call, toplevel,
       left(regexp_replace(query, '\s+', ' ', 'g'), 140) as statement
from pg_stat_statements s join pg_database d on d.oid = s.dbid
where d.datname = '$db' and calls > 50 order by calls desc, total_exec_time desc limit 40;"
psql -h 127.0.0.1 -p "$port" -U postgres -d "$db" -P pager=off -c "
select schemaname || '.' || relname as table_name, n_tup_ins as inserted, n_tup_upd as updated, n_tup_hot_upd as hot_updated,
       round(100.0 * n_tup_hot_upd / nullif(n_tup_upd, 0)) as hot_percent
from pg_stat_user_tables where n_tup_upd > 0 order by n_tup_upd desc limit 15;"
