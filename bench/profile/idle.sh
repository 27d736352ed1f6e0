#!/usr/bin/env bash
# What an idle platform process costs (bench/RESULTS.md, 2026-12-05 (f)): each app is started as S4 runs it (Production,
# pre-generated code, migrated database, one request answered), left alone for a while, then measured for <seconds> with no
# request: its CPU per second (user + system time from /proc), the CPU of its database's PostgreSQL backends, and every statement PostgreSQL received from it
# (pg_stat_statements, calls per minute by statement). Apps run side by side, each on a database of its own in one private
# cluster; none of these figures depends much on the machine's load except the CPU times, which are small and read twice.
#
#   bench/profile/idle.sh <seconds> <output folder> <label>=<folder with Nanchuan.Host.dll or Nanchuan.Bench.MinimalApi.dll> ...
#   e.g. bench/profile/idle.sh 120 /tmp/idle before=/tmp/old/Nanchuan.Host after=bench/.publish/Nanchuan.Host
#
# IDLE_TRACE=1: afterwards, a 30 s dotnet-trace (sampled thread time) of each idle app, converted to speedscope in the output
# folder (<label>.speedscope.json; read it with bench/profile/host-cpu.py). IDLE_SETTLE (seconds, default 30): the wait
# after the first answer before measuring: a process's idle CPU falls for minutes after its start (the runtime's tiered
# compilation of the background code), so use 300 to compare steady states. IDLE_ALLOCATIONS=1: also the bytes allocated per
# second, from the AllocationProbe startup hook, which itself costs about 40 ms of CPU a second (it reads the precise
# allocation count four times a second): CPU figures of such a run are not comparable with those of a run without it.
set -euo pipefail
SECONDS_IDLE=$1 OUT=$(mkdir -p "$2" && cd "$2" && pwd); shift 2
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../bench-token.sh"
TICKS=$(getconf CLK_TCK)
declare -A PID PORT
stop_apps() { for label in "${!PID[@]}"; do kill -TERM "${PID[$label]}" 2>/dev/null || true; wait "${PID[$label]}" 2>/dev/null || true; done; }
PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all"
. "$HERE/../private-postgres.sh" idle
WORK=$PG_DIR
psql() { command psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -A -t "$@"; }
psql -d postgres -c "create extension pg_stat_statements"

allocations() { [ "${IDLE_ALLOCATIONS:-0}" = 1 ]; }
if allocations; then dotnet build "$HERE/../requests/AllocationProbe" -c Release -nologo -v q -o "$WORK/probe" >/dev/null; fi
export ASPNETCORE_ENVIRONMENT=Production Auth__SigningKey=$KEY Awards__VoterHashKey=nanchuan-benchmark-voter-hash-key \
  Logging__LogLevel__Default=Warning Database__ApplySchemaAtStartup=false DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_gcServer=0

port=5520
for spec in "$@"; do
  label=${spec%%=*} folder=$(cd "${spec#*=}" && pwd) port=$((port + 1))
  dll=$folder/Nanchuan.Bench.MinimalApi.dll
  as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "idle_$label"
  if [ -f "$folder/Nanchuan.Host.dll" ]; then
    dll=$folder/Nanchuan.Host.dll
    (cd "$folder" && ConnectionStrings__Nanchuan="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=idle_$label" \
      Database__ApplySchemaAtStartup=true dotnet Nanchuan.Host.dll resources setup >/dev/null)
  fi
  PORT[$label]=$port
  probe=(); allocations && probe=(DOTNET_STARTUP_HOOKS="$WORK/probe/AllocationProbe.dll" NANCHUAN_ALLOCATION_PROBE="$WORK/$label.allocated")
  (cd "$folder" && exec env ConnectionStrings__Nanchuan="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=idle_$label" \
    "${probe[@]}" dotnet "$(basename "$dll")" --urls "http://127.0.0.1:$port") >"$OUT/$label.log" 2>&1 &
  PID[$label]=$!
done
for label in "${!PID[@]}"; do
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:${PORT[$label]}/api/calendar/days/2024-09-14")" = 200 ]; do
    kill -0 "${PID[$label]}" 2>/dev/null || { echo "$label died:"; tail -20 "$OUT/$label.log"; exit 1; }
    sleep 0.2
  done
done
sleep "${IDLE_SETTLE:-30}"

app_cpu() { awk '{ print $14 + $15 }' "/proc/${PID[$1]}/stat"; }
allocated() { if allocations; then cat "$WORK/$1.allocated"; else echo 0; fi; }
# CPU ticks of every backend connected to the app's database, as "pid ticks" lines.
backend_cpu() {
  for pid in $(psql -d postgres -c "select pid from pg_stat_activity where datname = 'idle_$1'"); do
    [ -r "/proc/$pid/stat" ] && echo "$pid $(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
  done
  true
}
declare -A C0 A0 B0
psql -d postgres -c "select pg_stat_statements_reset()" >/dev/null
for label in "${!PID[@]}"; do C0[$label]=$(app_cpu "$label"); A0[$label]=$(allocated "$label"); B0[$label]=$(backend_cpu "$label"); done
sleep "$SECONDS_IDLE"
printf '%-10s %14s %16s %18s %12s %22s\n' app 'CPU ms/s' 'allocated KB/s' 'PostgreSQL ms/s' connections 'statements per minute'
for label in "${!PID[@]}"; do
  c=$(( $(app_cpu "$label") - C0[$label] )) a=$(( $(allocated "$label") - A0[$label] ))
  b1=$(backend_cpu "$label")
  pg=$(awk 'NR == FNR { before[$1] = $2; next } { spent += $2 - ($1 in before ? before[$1] : 0) } END { print spent + 0 }' \
    <(echo "${B0[$label]}") <(echo "$b1"))
  statements=$(psql -d postgres -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
    where d.datname = 'idle_$label' and s.query not like '%pg_stat_activity%'")
  printf '%-10s %14s %16s %18s %12s %22s\n' "$label" "$(( c * 1000 / TICKS / SECONDS_IDLE ))" "$(( a / 1024 / SECONDS_IDLE ))" \
    "$(( pg * 1000 / TICKS / SECONDS_IDLE ))" "$(wc -l <<<"$b1")" "$(( statements * 60 / SECONDS_IDLE ))"
done
for label in "${!PID[@]}"; do
  echo "--- $label: statements per minute (top-level and nested), over ${SECONDS_IDLE} s idle"
  psql -d postgres -F ' | ' -c "select round(calls * 60.0 / $SECONDS_IDLE, 1), rows, toplevel,
      left(regexp_replace(query, '\s+', ' ', 'g'), 150)
    from pg_stat_statements s join pg_database d on d.oid = s.dbid
    where d.datname = 'idle_$label' and s.query not like '%pg_stat_activity%' order by calls desc, query"
done
if [ "${IDLE_TRACE:-0}" = 1 ]; then
  for label in "${!PID[@]}"; do
    dotnet-trace collect -p "${PID[$label]}" --profile dotnet-sampled-thread-time --duration 00:00:00:30 --format Speedscope \
      -o "$OUT/$label.nettrace" >/dev/null
  done
fi
