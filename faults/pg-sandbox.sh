#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the fault runs, so that stopping it harms nobody. It lives in a directory
# under target/ and listens on 127.0.0.1 only, with trust authentication.
#
# Usage: faults/pg-sandbox.sh init|start|stop [fast|immediate]|status|createdb <name>|destroy
# Env:   PFG_FAULTS_PG_PORT (default 28432), PFG_FAULTS_PG_DIR (default target/pg-sandbox),
#        PFG_FAULTS_PG_BIN (default: the newest /usr/lib/postgresql/*/bin)
# As root, initdb refuses to run: the cluster then belongs to the postgres user (runuser).
set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${PFG_FAULTS_PG_PORT:-28432}"
DIR="${PFG_FAULTS_PG_DIR:-$ROOT_DIR/target/pg-sandbox}"
BIN="${PFG_FAULTS_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
[ -x "$BIN/initdb" ] || { echo "pg-sandbox: no PostgreSQL server binaries (initdb) found; set PFG_FAULTS_PG_BIN" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "${1:-}" in
  init)
    if [ -f "$DIR/data/PG_VERSION" ]; then
      echo "pg-sandbox: $DIR already initialised"
      exit 0
    fi
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    as_owner "$BIN/initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 --no-instructions >"$DIR/initdb.log"
    echo "pg-sandbox: initialised $DIR/data"
    ;;
  start)
    "$0" init >/dev/null
    if as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      echo "pg-sandbox: already running on port $PORT"
      exit 0
    fi
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -w -t 60 -l "$DIR/log" \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
    echo "pg-sandbox: running on 127.0.0.1:$PORT"
    ;;
  stop)
    mode="${2:-fast}"
    if as_owner "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      as_owner "$BIN/pg_ctl" -D "$DIR/data" -w -t 60 -m "$mode" stop >/dev/null
      echo "pg-sandbox: stopped ($mode)"
    else
      echo "pg-sandbox: not running"
    fi
    ;;
  status)
    as_owner "$BIN/pg_ctl" -D "$DIR/data" status
    ;;
  createdb)
    name="${2:?createdb needs a database name}"
    psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt \
      -c "drop database if exists \"$name\" with (force)" -c "create database \"$name\""
    echo "pg-sandbox: created database $name (empty)"
    ;;
  destroy)
    "$0" stop immediate >/dev/null 2>&1 || true
    rm -rf "$DIR"
    echo "pg-sandbox: removed $DIR"
    ;;
  *)
    sed -n '2,9p' "$0"
    exit 2
    ;;
esac
