#!/usr/bin/env bash
# The one-trip report (最多跑一次) at ten years of a district, on generated rows in a private cluster (ADR 0198):
# licensing.application_rows with 7.2 M finished applications (120 months × 40 departments × 1,500) and licensing.one_trip_months
# holding their kept totals. EXPLAIN (ANALYZE, BUFFERS) of ADR 0182's count over the rows, of the report's sum over the totals, of
# the view one_trip_report, and of one finish and one later visit written with their change of the totals (rolled back).
#   bench/profile/one-trip-months.sh [applications per month and department, default 1500] > out.txt
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/bench/private-postgres.sh" one-trip
PER=${1:-1500}
psql() { as_pg "$PG_BIN/psql" -h /tmp -p "$PG_PORT" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
MONTH="to_char(finished_at at time zone 'Asia/Shanghai', 'YYYY-MM')"

psql <<SQL
create schema licensing;
create table licensing.application_rows (application_id uuid primary key, item_id uuid, item_code text, department text, received_at timestamptz,
  received_day date, accepted_at timestamptz, due_at timestamptz, finished_at timestamptz, visits integer);
create table licensing.one_trip_months (month text, department text, finished integer, within_one_trip integer, primary key (month, department));
\timing on
insert into licensing.application_rows
select gen_random_uuid(), null, 'ITEM-' || d, '部门' || d, t, (t at time zone 'Asia/Shanghai')::date, t, t + interval '3 days', t + interval '2 days',
       case when n % 10 < 7 then 1 when n % 10 < 9 then 0 else 2 end
from generate_series(0, 119) m, generate_series(1, 40) d, generate_series(1, $PER) n,
     lateral (select timestamptz '2016-01-01 00:00+08' + make_interval(months => m) + (n * interval '1 minute') * 17 as t) x;
create index application_rows_finished_at_visits_idx on licensing.application_rows (finished_at, visits);
insert into licensing.one_trip_months
select $MONTH, department, count(*), count(*) filter (where visits <= 1) from licensing.application_rows where finished_at is not null group by 1, 2;
vacuum analyze licensing.application_rows;
vacuum analyze licensing.one_trip_months;
\timing off
select count(*) as application_rows, pg_size_pretty(pg_total_relation_size('licensing.application_rows')) as size from licensing.application_rows;
select count(*) as one_trip_months, pg_size_pretty(pg_total_relation_size('licensing.one_trip_months')) as size from licensing.one_trip_months;
SQL

for run in 1 2 3; do
  echo "== ADR 0182: count over application_rows (run $run)"
  psql -c "explain (analyze, buffers) select count(*)::int as finished, (count(*) filter (where visits <= 1))::int as within_one_trip from licensing.application_rows where finished_at is not null"
  echo "== ADR 0198: sum over one_trip_months (run $run)"
  psql -c "explain (analyze, buffers) select coalesce(sum(finished), 0)::int as finished, coalesce(sum(within_one_trip), 0)::int as within_one_trip from licensing.one_trip_months"
done
echo "== the view one_trip_report over one_trip_months (ADR 0198)"
psql -c "explain (analyze, buffers) select count(*) from (select case when grouping(month) = 1 then '' else month end, case when grouping(department) = 1 then '' else department end, sum(finished)::int, sum(within_one_trip)::int, round(sum(within_one_trip)::numeric / nullif(sum(finished), 0), 4)::numeric(7,4) from licensing.one_trip_months group by grouping sets ((month, department), (month), (department), ()) having sum(finished) > 0) v"
echo "== the same figures: count over the rows, sum over the totals"
psql -c "select count(*), count(*) filter (where visits <= 1) from licensing.application_rows where finished_at is not null" \
     -c "select sum(finished), sum(within_one_trip) from licensing.one_trip_months"

# One write of each kind the projection queues (OneTripTotals.Write), in a transaction rolled back: a new application received,
# its finish, a second visit after it.
KEEP() { cat <<SQL
explain (analyze, buffers)
with old as (select department, finished_at, visits from licensing.application_rows where application_id = '00000000-0000-0000-0000-00000000a001'),
new as ($1 returning department, finished_at, visits),
change as (
    select department, finished_at, 1 as finished, (visits <= 1)::int as within_one_trip from new where finished_at is not null
    union all
    select department, finished_at, -1, -(visits <= 1)::int from old where finished_at is not null)
insert into licensing.one_trip_months as t (month, department, finished, within_one_trip)
select $MONTH, department, sum(finished), sum(within_one_trip) from change
group by 1, 2 having sum(finished) <> 0 or sum(within_one_trip) <> 0
on conflict (month, department) do update set finished = t.finished + excluded.finished, within_one_trip = t.within_one_trip + excluded.within_one_trip;
SQL
}
echo "== writes with their change of the totals (rolled back)"
psql <<SQL
begin;
$(KEEP "insert into licensing.application_rows (application_id, department, received_at, visits) values ('00000000-0000-0000-0000-00000000a001', '部门7', '2025-11-28 09:00+08', 1) on conflict (application_id) do update set department = excluded.department, received_at = excluded.received_at, visits = excluded.visits")
$(KEEP "update licensing.application_rows set finished_at = '2025-11-28 10:00+08' where application_id = '00000000-0000-0000-0000-00000000a001'")
$(KEEP "update licensing.application_rows set visits = visits + 1 where application_id = '00000000-0000-0000-0000-00000000a001'")
select * from licensing.one_trip_months where month = '2025-11' and department = '部门7';
rollback;
SQL
