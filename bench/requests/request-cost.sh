#!/usr/bin/env bash
# S4's cost per request, in measures a loaded machine distorts little (issue 21 point 2a, docs/adr/0161): CPU time and
# allocated bytes of the app's process per answered request on the calendar-day endpoint, beside wrk's goodput. Apps run
# side by side, each started once and warmed; the runs are interleaved (every client count of every app before the next
# repeat). CPU is the process's user + system time from /proc (the app's idle CPU per second, measured first, is taken
# off); allocations come from a startup hook (AllocationProbe) that every app loads the same way.
#
#   bench/requests/request-cost.sh <repeats> <seconds> "<clients>" <label>=<folder with Nanchuan.Host.dll or Nanchuan.Bench.MinimalApi.dll> ...
#   e.g. bench/requests/request-cost.sh 3 5 "1 4 16" before=/tmp/old/Nanchuan.Host after=bench/.publish/Nanchuan.Host minimal=bench/.publish/Nanchuan.Bench.MinimalApi
#
# Platform apps: Production, pre-generated code, migrated database (`resources setup` once), as S4 runs them.
# NANCHUAN_ALLOCATION_TYPES=<folder> (exported before the call): each app also writes its allocation ticks per type to
# <folder>/<pid>.types (AllocationProbe); copy the files before and after a run and compare the apps' ticks per request
# to see which types make one allocate more than another (bench/RESULTS.md, 2026-12-05 (e)). The listener allocates too.
set -euo pipefail
REPEATS=$1 SECONDS_PER_RUN=$2 CLIENTS=$3; shift 3
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../bench-token.sh"
TICKS=$(getconf CLK_TCK)
declare -A PID PORT DLL
stop_apps() { for label in "${!PID[@]}"; do kill -TERM "${PID[$label]}" 2>/dev/null || true; wait "${PID[$label]}" 2>/dev/null || true; done; }
. "$HERE/../private-postgres.sh" request-cost
WORK=$PG_DIR

dotnet build "$HERE/AllocationProbe" -c Release -nologo -v q -o "$WORK/probe" >/dev/null

export ASPNETCORE_ENVIRONMENT=Production Auth__SigningKey=$KEY Awards__VoterHashKey=nanchuan-benchmark-voter-hash-key \
  Logging__LogLevel__Default=Warning Database__ApplySchemaAtStartup=false DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_gcServer=0

port=5420
for spec in "$@"; do
  label=${spec%%=*} folder=$(cd "${spec#*=}" && pwd) port=$((port + 1))
  if [ -f "$folder/Nanchuan.Host.dll" ]; then
    DLL[$label]=$folder/Nanchuan.Host.dll
    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "cost_$label"
    (cd "$folder" && ConnectionStrings__Nanchuan="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=cost_$label" \
      Database__ApplySchemaAtStartup=true dotnet Nanchuan.Host.dll resources setup >/dev/null)
  else
    DLL[$label]=$folder/Nanchuan.Bench.MinimalApi.dll
  fi
  PORT[$label]=$port
  (cd "$folder" && exec env ConnectionStrings__Nanchuan="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=cost_$label" \
    DOTNET_STARTUP_HOOKS="$WORK/probe/AllocationProbe.dll" NANCHUAN_ALLOCATION_PROBE="$WORK/$label.allocated" \
    dotnet "$(basename "${DLL[$label]}")" --urls "http://127.0.0.1:$port") >"$WORK/$label.log" 2>&1 &
  PID[$label]=$!
done

# COST_CASE_READ=1: S3's read of one case (`GET /api/grievances/{id}`, ADR 0183) instead of S4's calendar day; platform apps
# only, each reading a hotline request it received first. With COST_CONDITIONAL=1 as well, every read names the case's
# current ETag (If-None-Match): each is a 304 from the node's memory (ADR 0168), as half of S3's `platform-304` reads are.
declare -A CASE TAG
conditional() { [ "${COST_CONDITIONAL:-0}" = 1 ]; }
status_of() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" ${TAG[$1]:+-H "If-None-Match: ${TAG[$1]}"} "$(url "$1")"; }
url() {
  if [ "${COST_CASE_READ:-0}" = 1 ]; then echo "http://127.0.0.1:${PORT[$1]}/api/grievances/${CASE[$1]}"
  else echo "http://127.0.0.1:${PORT[$1]}/api/calendar/days/2024-09-14"; fi
}
receive_case() {
  curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "http://127.0.0.1:${PORT[$1]}/api/grievances" \
    -d '{"channel":"phone","enterpriseName":"重庆南川示例科技有限公司","creditCode":"91500119MA5U8XRB98","contactPerson":"王经理","phone":"13812345678","content":"厂区门前道路破损，请协调修复。","receivedAt":"2026-12-04T10:00:00+08:00"}' |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])'
}
cpu() { awk '{ print $14 + $15 }' "/proc/${PID[$1]}/stat"; }
allocated() { cat "$WORK/$1.allocated"; }
for label in "${!PID[@]}"; do
  if [ "${COST_CASE_READ:-0}" = 1 ]; then
    for attempt in $(seq 100); do CASE[$label]=$(receive_case "$label" 2>/dev/null) && break; sleep 0.5; done
    [ -n "${CASE[$label]:-}" ] || { echo "$label: no request received"; tail -20 "$WORK/$label.log"; exit 1; }
  fi
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$(url "$label")")" = 200 ]; do
    kill -0 "${PID[$label]}" 2>/dev/null || { echo "$label died:"; tail -20 "$WORK/$label.log"; exit 1; }
    sleep 0.2
  done
  if conditional; then
    TAG[$label]=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "$(url "$label")" | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')
    [ "$(status_of "$label")" = 304 ] || { echo "$label: the conditional read is not a 304"; exit 1; }
  fi
  wrk -t2 -c16 -d10s -H "Authorization: Bearer $TOKEN" ${TAG[$label]:+-H "If-None-Match: ${TAG[$label]}"} "$(url "$label")" >/dev/null   # warm-up: tiered JIT settles
done
declare -A IDLE
for label in "${!PID[@]}"; do
  c0=$(cpu "$label"); sleep 5; IDLE[$label]=$(( $(cpu "$label") - c0 ))
  echo "$label idle: $(( IDLE[$label] * 1000 / TICKS / 5 )) ms CPU per second"
done

printf '%-8s %-10s %7s %10s %10s %14s %12s\n' repeat app clients requests 'req/s' 'CPU us/req' 'bytes/req'
for repeat in $(seq 1 "$REPEATS"); do
  for clients in $CLIENTS; do
    for spec in "$@"; do
      label=${spec%%=*}
      sleep 0.6; a0=$(allocated "$label"); c0=$(cpu "$label")
      out=$(wrk -t"$(( clients < 2 ? 1 : 2 ))" -c"$clients" -d"${SECONDS_PER_RUN}s" -H "Authorization: Bearer $TOKEN" ${TAG[$label]:+-H "If-None-Match: ${TAG[$label]}"} "$(url "$label")")
      c1=$(cpu "$label"); sleep 0.6; a1=$(allocated "$label")
      requests=$(awk '/requests in/ { print $1 }' <<<"$out")
      rate=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
      # wrk's "Non-2xx or 3xx" counts the answers from 400 up; a conditional read must still be a 304 after the run.
      non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out"); [ -n "$non2xx" ] && { echo "$label: $non2xx non-2xx answers"; exit 1; }
      if conditional && [ "$(status_of "$label")" != 304 ]; then echo "$label: the conditional read is no longer a 304"; exit 1; fi
      busy=$(( c1 - c0 - IDLE[$label] * SECONDS_PER_RUN / 5 ))
      printf '%-8s %-10s %7s %10s %10s %14s %12s\n' "$repeat" "$label" "$clients" "$requests" "$rate" \
        "$(( busy * 1000000 / TICKS / requests ))" "$(( (a1 - a0) / requests ))"
    done
  done
done
