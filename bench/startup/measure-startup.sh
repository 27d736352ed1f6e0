#!/usr/bin/env bash
# Start-up time of the Host per Wolverine TypeLoadMode (docs/adr/0005-wolverine-code-generation.md).
#
#   bench/startup/measure-startup.sh [runs=5] [modes="Dynamic Static Auto"]
#
# Builds the Host in Release once, starts ONE private PostgreSQL cluster for the whole benchmark (in a temp
# folder, as the `postgres` user when run as root) and passes it as ConnectionStrings__Nanchuan, so only the
# application's start is measured -- not initdb, not pg_ctl start/stop of the embedded cluster. One unmeasured
# warm-up start creates the Marten/Wolverine schema first. Then, per mode and run, a cold process:
#   ready_ms      process start -> first `GET /health/ready` = 200 (curl every 50 ms)
#   rss_ready_mb  VmRSS right after that
#   first_ep_ms   duration of the first call to a Wolverine endpoint (GET /api/audit/streams/{id}, expected 404):
#                 Wolverine builds HTTP endpoints and message handlers lazily, so this is where
#                 Dynamic mode pays for Roslyn
#   rss_ep_mb     VmRSS after that call;  roslyn  1 if Microsoft.CodeAnalysis.CSharp.dll got loaded
# and the host is stopped with SIGTERM. Runs in the Development environment (the token endpoint exists only there).
# Prints one line per run and a median/min/max summary; raw CSV in bench/results/ (git-ignored).
# The Static and Auto runs need the checked-in code in src/Host/Internal/Generated to be current.
set -euo pipefail

RUNS=${1:-5}
MODES=${2:-"Dynamic Static Auto"}
PORT=${BENCH_PORT:-5181}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/bench/results"
mkdir -p "$OUT"
CSV="$OUT/startup-$(date +%Y%m%d-%H%M%S).csv"
BIN="$ROOT/src/Host/bin/Release/net10.0"

echo "== building src/Host (Release)"
dotnet build "$ROOT/src/Host" -c Release -nologo -v q >/dev/null

HOST_PID=
stop_apps() { [ -n "$HOST_PID" ] && kill -TERM "$HOST_PID" 2>/dev/null && wait "$HOST_PID" 2>/dev/null || true; }
. "$ROOT/bench/private-postgres.sh" bench-pg
echo "== PostgreSQL on 127.0.0.1:$PG_PORT ($PG_DIR)"
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres nanchuan

export ConnectionStrings__Nanchuan="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=nanchuan"
export ASPNETCORE_ENVIRONMENT=Development
export DOTNET_CLI_TELEMETRY_OPTOUT=1
URL="http://127.0.0.1:$PORT"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
rss_mb() { awk '/VmRSS/ { printf "%.0f", $2/1024 }' "/proc/$1/status"; }

# One run: prints "ready_ms rss_ready_mb first_ep_ms rss_ep_mb roslyn".
run_once() {
  local mode=$1 log=$OUT/host-$1.log start ready token t0 t1 code rss1 rss2 roslyn
  start=$(now_ms)
  (cd "$BIN" && exec env Wolverine__TypeLoadMode="$mode" ./Nanchuan.Host --urls "$URL") >"$log" 2>&1 &
  HOST_PID=$!
  until curl -sf -o /dev/null "$URL/health/ready"; do
    kill -0 "$HOST_PID" 2>/dev/null || { echo "host died, see $log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(( $(now_ms) - start ))
  rss1=$(rss_mb "$HOST_PID")
  token=$(curl -sf -X POST "$URL/api/dev/tokens" -H 'Content-Type: application/json' -d '{"role":"Supervisor"}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
  t0=$(now_ms)
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
    "$URL/api/audit/streams/$(cat /proc/sys/kernel/random/uuid)")
  t1=$(now_ms)
  [ "$code" = 404 ] || { echo "audit endpoint answered $code, expected 404 (see $log)" >&2; exit 1; }
  rss2=$(rss_mb "$HOST_PID")
  roslyn=$(grep -c 'Microsoft.CodeAnalysis.CSharp.dll' "/proc/$HOST_PID/maps" || true)
  [ "$roslyn" -gt 0 ] && roslyn=1
  kill -TERM "$HOST_PID"; wait "$HOST_PID" || true; HOST_PID=
  echo "$ready $rss1 $(( t1 - t0 )) $rss2 $roslyn"
}

echo "== warm-up (creates the schema, not measured)"
run_once Dynamic >/dev/null

# Modes interleaved run by run, so that other load on the machine drifts over all of them alike.
echo "mode,run,ready_ms,rss_ready_mb,first_ep_ms,rss_ep_mb,roslyn,load1" >"$CSV"
for i in $(seq 1 "$RUNS"); do
  for mode in $MODES; do
    read -r ready rss1 ep rss2 roslyn < <(run_once "$mode")
    echo "$mode,$i,$ready,$rss1,$ep,$rss2,$roslyn,$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$CSV"
  done
done

echo
echo "== summary (median [min-max]) from $CSV"
python3 - "$CSV" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
cols = ["ready_ms", "rss_ready_mb", "first_ep_ms", "rss_ep_mb"]
print(f"{'mode':8} " + " ".join(f"{c:>22}" for c in cols) + "  roslyn")
for mode in dict.fromkeys(r["mode"] for r in rows):
    rs = [r for r in rows if r["mode"] == mode]
    cells = []
    for c in cols:
        v = [int(r[c]) for r in rs]
        cells.append(f"{statistics.median(v):>8.0f} [{min(v)}-{max(v)}]".rjust(22))
    print(f"{mode:8} " + " ".join(cells) + f"  {max(int(r['roslyn']) for r in rs)}")
print(f"load average (1 min) during the runs: {min(float(r['load1']) for r in rows)}-{max(float(r['load1']) for r in rows)} on {__import__('os').cpu_count()} cores")
PY
