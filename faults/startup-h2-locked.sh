#!/usr/bin/env bash
# Fault (c) on H2 file mode: the app starts while its database file is held by another process — the instance it
# replaces has not finished stopping, or someone started a second one on the same data directory (H2 in file mode
# allows one process). As on PostgreSQL it must not exit nor loop stack traces: one clear line per attempt, HTTP up
# meanwhile (liveness UP, readiness DOWN, API 503 problem+json with Retry-After); once the file is free it starts on
# the content the other instance left, without seeding again, and serves what that instance wrote.
#
# Usage: faults/startup-h2-locked.sh <quarkus-app dir built for H2> <port>   (the first instance gets <port> + 1)
# Env: FAULTS_DOWN_SECONDS (default 12: how long the first instance keeps the file after the second starts),
#      PFG_DATABASE_STARTUP_RETRY_MAX (passed to the second instance; default here 4s, the app's own is 30s).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

APP="$1"; PORT="$2"
HOLDER_PORT=$((PORT + 1))
BASE="http://127.0.0.1:$PORT"
HOLDER="http://127.0.0.1:$HOLDER_PORT"
HOLD="${FAULTS_DOWN_SECONDS:-12}"
RETRY_MAX="${PFG_DATABASE_STARTUP_RETRY_MAX:-4s}"
WORK="$(mktemp -d /tmp/faults-h2lock.XXXXXX)"
DATA="$WORK/data"
HOLDER_PID=""
trap 'stop_app; if [ -n "$HOLDER_PID" ]; then kill "$HOLDER_PID" 2>/dev/null || true; fi; wait 2>/dev/null || true' EXIT

say "start while the H2 file is held: $APP, holder on port $HOLDER_PORT, the starting instance on $PORT; work in $WORK"
start_app "$APP" "$HOLDER_PORT" "$WORK/holder.log" PFG_DATA_DIR="$DATA"
HOLDER_PID="$APP_PID"
ms=$(wait_for "$HOLDER/q/health/ready" "$START_SECONDS") || fail "the first instance did not become ready"
observed "first instance ready in ${ms} ms on $DATA"
token=$(editor_token "$HOLDER")
[ -n "$token" ] && [ "$token" != null ] || fail "could not create an editor token on the first instance"
id="h2-lock-$(date +%s)"
curl -sf -o /dev/null -X POST "$HOLDER/api/v1/sources" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' \
  -d "{\"id\":\"$id\",\"title\":\"Written before the handover\",\"publisher\":\"Fault test\",\"url\":\"https://example.org/$id\"}" \
  || fail "the write on the first instance failed"
curl -sf -o /dev/null -X POST "$HOLDER/api/v1/sources/$id/publish" -H "Authorization: Bearer $token" \
  -H 'If-Match: "rev-1"' || fail "the publish on the first instance failed"
observed "first instance: source $id written and published"

APP_PID=""
start_app "$APP" "$PORT" "$WORK/app.log" PFG_DATA_DIR="$DATA" PFG_DATABASE_STARTUP_RETRY_MAX="$RETRY_MAX"
started_at=$(now_ms)
ms=$(wait_for "$BASE/q/health/live" "$START_SECONDS") \
  || fail "HTTP did not come up while the database file was held (the app exited?)"
observed "second instance: HTTP up ${ms} ms after the launch while the file is held; liveness UP"
check_waiting "$BASE" "$WORK" "while the file is held"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$HOLDER/api/v1/sources/$id")" = 200 ] \
  || fail "the first instance stopped serving while the second waited"

sleep "$HOLD"
kill -0 "$APP_PID" 2>/dev/null || fail "the second instance exited while the file was held"
attempts=$(grep -c 'Database not reachable at' "$WORK/app.log" || true)
traces=$(grep -cE '^\s+at ' "$WORK/app.log" || true)
[ "$attempts" -ge 2 ] || fail "no retry was logged"
observed "after $(( ($(now_ms) - started_at) / 1000 )) s: still running, $attempts attempt lines, $traces stack-trace lines; e.g."
grep 'Database not reachable at' "$WORK/app.log" | tail -n 1 | sed 's/^/    /'
[ "$traces" -eq 0 ] || { grep -E '^\s+at ' -B3 "$WORK/app.log" | head -n 20; fail "stack traces were logged"; }

say "stopping the first instance (SIGTERM)"
kill "$HOLDER_PID"
wait "$HOLDER_PID" 2>/dev/null || true
HOLDER_PID=""
stopped_at=$(now_ms)
ms=$(wait_for "$BASE/q/health/ready" 120) || fail "readiness did not come UP once the file was free"
observed "second instance ready ${ms} ms after the first one exited"
observed "$(grep -o 'Database reached at.*' "$WORK/app.log")"
! grep -q 'Seeded the database' "$WORK/app.log" || fail "the second instance seeded again over existing content"
title=$(curl -sf "$BASE/api/v1/sources/$id" | jq -r .data.title) || fail "the second instance does not serve $id"
[ "$title" = "Written before the handover" ] || fail "the second instance serves $id as '$title'"
total=$(curl -sf "$BASE/api/v1/clusters" | jq .meta.total) || fail "the API does not answer after the start"
[ "$total" -gt 0 ] || fail "no clusters after the start"
observed "started on the content the first instance left (not seeded again): $total clusters, source $id as written"
errors="$(grep -E ' ERROR ' "$WORK/app.log" "$WORK/holder.log" || true)"
[ -z "$errors" ] || { echo "$errors" | head; fail "errors were logged"; }
observed "whole logs: $(wc -l <"$WORK/holder.log") and $(wc -l <"$WORK/app.log") lines, no ERROR, no stack trace"
say "start while the H2 file is held: PASSED"
