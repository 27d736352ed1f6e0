# Sourced by the bench's shell scripts: one private PostgreSQL cluster for the script's whole run (in a temp folder, as the
# `postgres` user when run as root), so only the apps are measured, not initdb or the embedded cluster's start.
#   . "$ROOT/bench/private-postgres.sh" <name>
# Sets PG_BIN, PG_DIR (also the script's scratch folder), PG_PORT and as_pg; on exit calls the script's `stop_apps` when it
# defines one, then stops the cluster and removes the folder. PG_OPTIONS (set before sourcing) adds server options, e.g.
# "-c shared_preload_libraries=pg_stat_statements" (bench/profile/idle.sh).
PG_BIN=${NANCHUAN_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
PG_DIR=$(mktemp -d "/tmp/nanchuan-$1.XXXXXX")
PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
private_postgres_cleanup() {
  if declare -F stop_apps >/dev/null; then stop_apps; fi
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap private_postgres_cleanup EXIT
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale --no-sync >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/data/server.log" -w \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k /tmp -c max_connections=200 ${PG_OPTIONS:-}" start >/dev/null
