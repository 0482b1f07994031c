#!/usr/bin/env bash
# Fault (c): the app starts while PostgreSQL is unreachable. It must not exit nor loop stack traces: one clear line
# per attempt (what it tried, why it failed, when it retries), with a growing delay; HTTP up meanwhile (liveness UP,
# readiness DOWN, API 503 problem+json with Retry-After); once PostgreSQL is there it migrates, seeds and serves.
#
# Usage: faults/startup-without-db.sh <quarkus-app dir built with -Ppg> <port>
# Env: FAULTS_DOWN_SECONDS (default 12: how long PostgreSQL stays down after the app starts),
#      PFG_DATABASE_STARTUP_RETRY_MAX (passed to the app; default here 4s to keep the run short; the app's own
#      default is 30s).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

APP="$1"; PORT="$2"
BASE="http://127.0.0.1:$PORT"
PG_PORT="${PFG_FAULTS_PG_PORT:-28432}"
DOWN="${FAULTS_DOWN_SECONDS:-12}"
RETRY_MAX="${PFG_DATABASE_STARTUP_RETRY_MAX:-4s}"
DB="pfg_faults_startup"
WORK="$(mktemp -d /tmp/faults-startup.XXXXXX)"
SANDBOX="$FAULTS_DIR/pg-sandbox.sh"
trap 'stop_app; "$SANDBOX" start >/dev/null 2>&1 || true' EXIT

say "start without the database: $APP on port $PORT, PostgreSQL sandbox on $PG_PORT, work in $WORK"
"$SANDBOX" start >/dev/null
"$SANDBOX" createdb "$DB" >/dev/null
"$SANDBOX" stop fast >/dev/null
start_app "$APP" "$PORT" "$WORK/app.log" PFG_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" PFG_DB_USER=postgres \
  PFG_DATABASE_STARTUP_RETRY_MAX="$RETRY_MAX"
started_at=$(now_ms)
ms=$(wait_for "$BASE/q/health/live" "$START_SECONDS") || fail "HTTP did not come up while the database was down (the app exited?)"
observed "HTTP up without the database ${ms} ms after the launch; liveness UP"
check_waiting "$BASE" "$WORK" "without a database"

sleep "$DOWN"
kill -0 "$APP_PID" 2>/dev/null || fail "the app exited while the database was down"
attempts=$(grep -c 'Database not reachable at' "$WORK/app.log" || true)
traces=$(grep -cE '^\s+at ' "$WORK/app.log" || true)
observed "after $(( ($(now_ms) - started_at) / 1000 )) s without a database: still running, $attempts attempt lines, $traces stack-trace lines; e.g."
[ "$attempts" -ge 2 ] || fail "no retry was logged"
grep 'Database not reachable at' "$WORK/app.log" | tail -n 1 | sed 's/^/    /'
[ "$traces" -eq 0 ] || { grep -E '^\s+at ' -B3 "$WORK/app.log" | head -n 20; fail "stack traces were logged"; }

say "starting PostgreSQL"
"$SANDBOX" start >/dev/null
pg_at=$(now_ms)
ms=$(wait_for "$BASE/q/health/ready" 120) || fail "readiness did not come UP once the database was there"
observed "readiness UP ${ms} ms after PostgreSQL started"
observed "$(grep -o 'Database reached at.*' "$WORK/app.log")"
grep -q 'Seeded the database' "$WORK/app.log" || fail "the content was not seeded"
total=$(curl -sf "$BASE/api/v1/clusters" | jq .meta.total) || fail "the API does not answer after the start"
[ "$total" -gt 0 ] || fail "no clusters after the start"
token=$(editor_token "$BASE")
[ -n "$token" ] && [ "$token" != null ] || fail "the admin token from PFG_ADMIN_TOKEN does not work"
observed "started normally: migrations applied, content seeded ($total clusters), admin token usable"
errors="$(grep -E ' ERROR ' "$WORK/app.log" || true)"
[ -z "$errors" ] || { echo "$errors" | head; fail "errors were logged"; }
observed "whole log: $(wc -l <"$WORK/app.log") lines, no ERROR, no stack trace"
say "start without the database: PASSED"
