#!/usr/bin/env bash
# S8 without the whole harness (docs/adr/0146): cold starts of published apps, interleaved, each to its first 2xx on
# the calendar-day endpoint, and the resident memory then. For judging a start-up change when `bench/run.sh --scenarios S8
# --before …` (which publishes and seeds all four apps) is too heavy for the machine.
#
#   bench/startup/cold-start-ab.sh <runs> <label>=<folder with Nanchuan.Host.dll or Nanchuan.Bench.MinimalApi.dll> ...
#   e.g. bench/startup/cold-start-ab.sh 5 before=/tmp/old/Nanchuan.Host after=bench/.publish/Nanchuan.Host minimal=bench/.publish/Nanchuan.Bench.MinimalApi
# A folder may be followed by runtime settings for that label's starts only: `nopgo=/tmp/old/Nanchuan.Host@DOTNET_TieredPGO=0`.
# A self-contained publish (the folder holds its own runtime, libcoreclr.so) is started by its executable (the composite publish of ADR 0173, point 3).
# With STARTUP_PROBE=<folder>, every start loads bench/startup/StartupProbe (a startup hook) and leaves its timeline there as
# <label>-<run>.tsv: assemblies loaded, the host's events and the first request, each with wall, CPU and JIT figures.
#
# One private PostgreSQL cluster for all runs; the platform's database is migrated once by `resources setup` (as a
# deployment does, ADR 0018) and every platform start has `Database:ApplySchemaAtStartup=false`, Production environment,
# as S8. Prints one line per start and the median per label: wall time to the first 2xx, and the CPU time the process had
# used by then (user + system, /proc): the work of a start, which a loaded machine stretches far less than the wall time.
set -euo pipefail
RUNS=$1; shift
PORT=${BENCH_PORT:-5391}
. "$(dirname "$0")/../bench-token.sh"
APP=
stop_apps() { [ -n "$APP" ] && kill -TERM "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true; }
. "$(dirname "$0")/../private-postgres.sh" s8-pg

export ASPNETCORE_ENVIRONMENT=Production Auth__SigningKey=$KEY Awards__VoterHashKey=nanchuan-benchmark-voter-hash-key \
  Logging__LogLevel__Default=Warning Database__ApplySchemaAtStartup=false DOTNET_CLI_TELEMETRY_OPTOUT=1

HOOK=()
if [ -n "${STARTUP_PROBE:-}" ]; then
  mkdir -p "$STARTUP_PROBE"
  dotnet build "$(dirname "$0")/StartupProbe" -c Release -nologo -v q -o "$PG_DIR/probe" >/dev/null
  HOOK=(DOTNET_STARTUP_HOOKS="$PG_DIR/probe/StartupProbe.dll")
fi

declare -A DLL DB SETTINGS
# How a published app is started: `dotnet <dll>`, or a self-contained publish's own executable beside the dll.
launcher() { if [ -f "$(dirname "$1")/libcoreclr.so" ]; then echo "./$(basename "$1" .dll)"; else echo "dotnet $(basename "$1")"; fi; }
for spec in "$@"; do
  label=${spec%%=*} rest=${spec#*=}
  folder=$(cd "${rest%%@*}" && pwd)
  SETTINGS[$label]=$([ "$rest" = "${rest#*@}" ] || echo "${rest#*@}" | tr '@' ' ')
  if [ -f "$folder/Nanchuan.Host.dll" ]; then
    DLL[$label]=$folder/Nanchuan.Host.dll DB[$label]=s8_$label
    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "s8_$label"
    (cd "$folder" && ConnectionStrings__Nanchuan="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=s8_$label" \
      Database__ApplySchemaAtStartup=true $(launcher "$folder/Nanchuan.Host.dll") resources setup >/dev/null)
  elif [ -f "$folder/Nanchuan.Bench.MinimalApi.dll" ]; then
    DLL[$label]=$folder/Nanchuan.Bench.MinimalApi.dll DB[$label]=
  else
    echo "$folder holds neither Nanchuan.Host.dll nor Nanchuan.Bench.MinimalApi.dll" >&2; exit 2
  fi
done

now_ns() { date +%s%N; }
declare -A TIMES CPUS
for run in $(seq 1 "$RUNS"); do
  for spec in "$@"; do
    label=${spec%%=*} dll=${DLL[${spec%%=*}]}
    start=$(now_ns)
    probe=()
    [ -n "${STARTUP_PROBE:-}" ] && probe=("${HOOK[@]}" NANCHUAN_STARTUP_PROBE="$STARTUP_PROBE/$label-$run.tsv")
    # shellcheck disable=SC2086 # the label's settings are words VAR=value
    (cd "$(dirname "$dll")" && exec env ConnectionStrings__Nanchuan="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=${DB[$label]}" \
      "${probe[@]}" ${SETTINGS[$label]} $(launcher "$dll") --urls "http://127.0.0.1:$PORT") >"$PG_DIR/$label.log" 2>&1 &
    APP=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/calendar/days/2024-09-14")" = 200 ]; do
      kill -0 "$APP" 2>/dev/null || { echo "$label died:"; tail -20 "$PG_DIR/$label.log"; exit 1; }
      sleep 0.02
    done
    ms=$(( ($(now_ns) - start) / 1000000 ))
    rss=$(awk '/VmRSS/ { printf "%.0f", $2/1024 }' "/proc/$APP/status")
    cpu=$(awk -v tck="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / tck }' "/proc/$APP/stat")
    kill -TERM "$APP"; wait "$APP" 2>/dev/null || true; APP=
    echo "run $run $label: $ms ms, $cpu ms CPU, $rss MB"
    TIMES[$label]="${TIMES[$label]:-} $ms"
    CPUS[$label]="${CPUS[$label]:-} $cpu"
  done
done
for spec in "$@"; do
  label=${spec%%=*}
  median() { echo "$@" | tr ' ' '\n' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
  echo "median $label: $(median ${TIMES[$label]}) ms over$(echo ${TIMES[$label]} | sed 's/ /, /g; s/^/ /'); CPU $(median ${CPUS[$label]}) ms over$(echo ${CPUS[$label]} | sed 's/ /, /g; s/^/ /')"
done
