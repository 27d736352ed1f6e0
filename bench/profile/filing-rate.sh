#!/usr/bin/env bash
# Oversight's filing against the intake over an S5 run (bench/RESULTS.md, "(h) — oversight's filing rate"; ADR 0245), read
# afterwards from the app's database, so the counts do not depend on the load: every filing transaction is one `xmin` of the
# oversight file events it wrote, each S5 request one file (an opening carrying its deadline, ADR 0204) and one
# `grievance_received` event. Per second of the run (from the first filing): requests accepted, messages filed, filing
# transactions, messages per transaction and the backlog (accepted so far − filed so far); then the totals while requests
# were accepted and after. Run it on the cluster the driver was given with --database, after the run, as
#   bench/profile/filing-rate.sh <port> [database, default bench_platform]
set -euo pipefail
port=$1; db=${2:-bench_platform}
psql -h 127.0.0.1 -p "$port" -U postgres -d "$db" -P pager=off -v ON_ERROR_STOP=1 <<'SQL'
create temporary view filings as
  select xmin::text as tx, min(timestamp) as at, count(distinct stream_id) as messages
  from events.mt_events where type like 'oversight\_%' group by xmin::text;
create temporary view seconds as
  with start as (select min(at) - interval '1 second' as t from filings),
  accepted as (select date_trunc('second', timestamp) as second, count(*) as requests from events.mt_events, start
               where type like 'grievance\_received%' and timestamp >= start.t group by 1),
  filed as (select date_trunc('second', at) as second, sum(messages) as messages, count(*) as transactions from filings group by 1)
  select coalesce(a.second, f.second) as second, coalesce(a.requests, 0) as accepted, coalesce(f.messages, 0) as filed,
         coalesce(f.transactions, 0) as transactions
  from accepted a full join filed f on f.second = a.second;
select to_char(second, 'HH24:MI:SS') as second, accepted, filed, transactions,
       round(filed::numeric / nullif(transactions, 0), 1) as per_transaction,
       sum(accepted) over run - sum(filed) over run as backlog
from seconds window run as (order by second) order by second;
select case when accepted > 0 then 'while accepting' else 'after (drain)' end as phase, count(*) as seconds,
       sum(accepted) as accepted, sum(filed) as filed, sum(transactions) as transactions,
       round(sum(filed)::numeric / nullif(sum(transactions), 0), 2) as per_transaction,
       round(sum(filed)::numeric / count(*), 0) as filed_per_second, round(sum(accepted)::numeric / count(*), 0) as accepted_per_second
from seconds group by 1 order by 1 desc;
select count(*) as transactions, sum(messages) as messages, round(avg(messages), 2) as per_transaction, max(messages) as most
from filings;
SQL
