#!/usr/bin/env bash
# Issue 22 point 7: how long after a `kill -9` of the leader node does a survivor hold the leadership and every agent the
# dead node ran (docs/operations/multi-node.md, ADR 0122)? Starts a private PostgreSQL and NODES platform processes on one
# database, then ROUNDS times: finds the leader, kills it with SIGKILL, and polls Wolverine's node tables every 100 ms until
#   leader  - the leader agent (wolverine://leader) is assigned to a surviving node, and
#   handed  - the dead node's row is gone, no inbox message is still owned by it, and every agent it ran (the leader's
#             own, the durability agent that fires scheduled messages, …) is assigned to a surviving node;
# then starts the killed node again for the next round. Prints one line per round and the medians.
#
#   bench/multinode/leader-handover.sh [--nodes 2] [--rounds 3] [--dll path/to/Nanchuan.Host.dll]
#
# Without --dll it runs the Host's Debug build output (build it first: dotnet build src/Host). Needs the PostgreSQL 15
# binaries of the machine (/usr/lib/postgresql/15/bin) and runs them as the postgres user, as the tests' cluster does.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NODES=2
ROUNDS=3
DLL="$ROOT/src/Host/bin/Debug/net10.0/Nanchuan.Host.dll"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --nodes) NODES=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --dll) DLL=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -f "$DLL" ]] || { echo "no Host build at $DLL: run 'dotnet build src/Host' or pass --dll" >&2; exit 2; }

PG=/usr/lib/postgresql/15/bin
PORT=$((56000 + RANDOM % 2000))
WORK=$(mktemp -d /tmp/nanchuan-nodes-XXXXXX)
chown postgres "$WORK"
declare -A PIDS=()

cleanup() {
  for n in "${!PIDS[@]}"; do kill -9 "${PIDS[$n]}" 2>/dev/null || true; done
  runuser -u postgres -- "$PG/pg_ctl" -D "$WORK/pgdata" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

runuser -u postgres -- "$PG/initdb" -D "$WORK/pgdata" -A trust -U postgres >/dev/null
runuser -u postgres -- "$PG/pg_ctl" -D "$WORK/pgdata" -l "$WORK/postgres.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -c max_connections=300" start >/dev/null
psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "create database nanchuan" >/dev/null
CONNECTION="Host=127.0.0.1;Port=$PORT;Database=nanchuan;Username=postgres"

sql() { psql -h 127.0.0.1 -p "$PORT" -U postgres -d nanchuan -qtAc "$1"; }
now_ms() { date +%s%3N; }

# Node n listens on 127.0.0.1:(5400+n); the log of each start is in $WORK/node-n.log.
start_node() {
  local n=$1
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$((5400 + n))" ConnectionStrings__Nanchuan="$CONNECTION" \
    dotnet "$DLL" >"$WORK/node-$n.log" 2>&1 &
  PIDS[$n]=$!
  disown "${PIDS[$n]}"
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$((5400 + n))/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "${PIDS[$n]}" 2>/dev/null || { echo "node $n exited; its log:" >&2; tail -20 "$WORK/node-$n.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "node $n not ready after 300 s" >&2; exit 1
}

# The process of a node row: Wolverine's node description is the machine name, so nodes are told apart by the order they
# registered in (node_number), which follows the order this script started them in.
declare -A NUMBER_OF=()
register_node() {
  local n=$1
  for _ in $(seq 1 100); do
    local number
    number=$(sql "select max(node_number) from wolverine.wolverine_nodes")
    if [[ -n "$number" && "$number" != "${LAST_NUMBER:-}" ]]; then NUMBER_OF[$n]=$number; LAST_NUMBER=$number; return 0; fi
    sleep 0.1
  done
  echo "node $n never registered" >&2; exit 1
}

leader_number() {
  sql "select n.node_number from wolverine.wolverine_node_assignments a join wolverine.wolverine_nodes n on n.id = a.node_id where a.id like 'wolverine://leader%'"
}

for n in $(seq 1 "$NODES"); do start_node "$n"; register_node "$n"; done
echo "$NODES nodes on one database (PostgreSQL on port $PORT); Wolverine nodes: $(sql "select string_agg(node_number::text, ',' order by node_number) from wolverine.wolverine_nodes")"

LEADER_TIMES=()
HANDED_TIMES=()
for round in $(seq 1 "$ROUNDS"); do
  # Wait until the cluster has settled: a leader, and agents spread over the live nodes.
  for _ in $(seq 1 600); do [[ -n "$(leader_number)" ]] && break; sleep 0.1; done
  sleep 5
  leader=$(leader_number)
  victim=""
  for n in "${!NUMBER_OF[@]}"; do [[ "${NUMBER_OF[$n]}" == "$leader" ]] && victim=$n; done
  [[ -n "$victim" ]] || { echo "round $round: leader node $leader is none of ours" >&2; exit 1; }
  agents=$(sql "select string_agg(a.id, ' ' order by a.id) from wolverine.wolverine_node_assignments a join wolverine.wolverine_nodes n on n.id = a.node_id where n.node_number = $leader")
  agent_list=$(printf "'%s'," $agents); agent_list=${agent_list%,}

  kill -9 "${PIDS[$victim]}"
  killed=$(now_ms)
  unset "PIDS[$victim]"
  leader_at=""
  handed_at=""
  for _ in $(seq 1 1200); do
    current=$(leader_number)
    if [[ -z "$leader_at" && -n "$current" && "$current" != "$leader" ]]; then leader_at=$(now_ms); fi
    gone=$(sql "select count(*) from wolverine.wolverine_nodes where node_number = $leader")
    orphans=$(sql "select count(*) from wolverine.wolverine_incoming_envelopes where owner_id = $leader")
    moved=$(sql "select count(*) from wolverine.wolverine_node_assignments a join wolverine.wolverine_nodes n on n.id = a.node_id where a.id in ($agent_list) and n.node_number <> $leader")
    if [[ -n "$leader_at" && "$gone" == 0 && "$orphans" == 0 && "$moved" == "$(wc -w <<<"$agents")" ]]; then handed_at=$(now_ms); break; fi
    sleep 0.1
  done
  [[ -n "$handed_at" ]] || { echo "round $round: no handover within 120 s" >&2; exit 1; }
  leader_s=$(awk "BEGIN { printf \"%.1f\", ($leader_at - $killed) / 1000 }")
  handed_s=$(awk "BEGIN { printf \"%.1f\", ($handed_at - $killed) / 1000 }")
  LEADER_TIMES+=("$leader_s")
  HANDED_TIMES+=("$handed_s")
  echo "round $round: killed leader node $leader (process ${victim}; agents: $agents) -> new leader node $(leader_number) after ${leader_s} s; dead node released, its inbox and every one of its agents on a survivor after ${handed_s} s"

  start_node "$victim"
  register_node "$victim"
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median over $ROUNDS rounds: new leader $(median "${LEADER_TIMES[@]}") s, work handed over $(median "${HANDED_TIMES[@]}") s"
