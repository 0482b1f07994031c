# Shared helpers of the fault scripts (sourced, not run). Each script prints what it observed, one fact a line,
# prefixed with "observed:", so that a report can quote them; a failed expectation prints "FAILED:" and exits 1.

FAULTS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$FAULTS_DIR/.." && pwd)"

# The admin token the app is started with (PFG_ADMIN_TOKEN); a throw-away value for these runs only.
ADMIN_TOKEN="${FAULTS_ADMIN_TOKEN:-pfg_faults-admin-0123456789abcdefghijklmnopqrstuvwxyz}"

# Seconds a start may take before a script gives up (a loaded CI machine has needed more than 200).
START_SECONDS="${FAULTS_START_SECONDS:-420}"

APP_PID=""
APP_LOG=""

say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
observed() { printf 'observed: %s\n' "$*"; }
fail() {
  printf 'FAILED: %s\n' "$*" >&2
  [ -n "$APP_LOG" ] && [ -f "$APP_LOG" ] && { echo "--- last lines of $APP_LOG" >&2; tail -n 40 "$APP_LOG" >&2; }
  exit 1
}

now_ms() { date +%s%3N; }

# start_app <quarkus-app dir> <port> <log file> [VAR=value ...]: starts the packaged app in the background. Readable log lines (PFG_LOG_JSON=false), which the checks grep.
start_app() {
  local app="$1" port="$2" log="$3"
  shift 3
  APP_LOG="$log"
  env PORT="$port" PFG_ADMIN_TOKEN="$ADMIN_TOKEN" PFG_RATE_LIMIT_ENABLED=false PFG_LOG_JSON=false "$@" \
    java -Xmx384m -jar "$app/quarkus-run.jar" >>"$log" 2>&1 &
  APP_PID=$!
}

# wait_for <url> <seconds> [status]: polls until the URL answers with the status (default 200); prints the time.
wait_for() {
  local url="$1" seconds="$2" want="${3:-200}" start code
  start=$(now_ms)
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    [ "$code" = "$want" ] && { echo $(($(now_ms) - start)); return 0; }
    [ $(($(now_ms) - start)) -gt $((seconds * 1000)) ] && return 1
    if [ -n "$APP_PID" ] && ! kill -0 "$APP_PID" 2>/dev/null; then
      return 1
    fi
    sleep 0.2
  done
}

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

kill9_app() {
  kill -9 "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

# editor_token <base url>: creates an editor token with the admin token and prints its secret.
editor_token() {
  curl -sf -X POST "$1/api/v1/admin/tokens" -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H 'Content-Type: application/json' -d "{\"name\":\"faults editor $RANDOM$RANDOM\",\"role\":\"editor\"}" \
    | jq -r .data.secret
}

# Lines of a log that are errors or stack traces.
log_errors() { grep -E ' ERROR |^\s+at |Exception' "$1" || true; }

# crawl <base url> <out file>: walks the public API's own links from /api/v1 the way common/Prerender does (the
# index, every page of every list, every item linked) and writes "<status> <etag> <path>" a line.
crawl() {
  local base="$1" out="$2" path code etag
  local -A seen=()
  local queue=("/api/v1")
  seen["/api/v1"]=1
  : >"$out"
  while [ ${#queue[@]} -gt 0 ]; do
    path="${queue[0]}"; queue=("${queue[@]:1}")
    code=$(curl -s -D "$out.headers" -o "$out.body" -w '%{http_code}' --max-time 10 "$base$path" || echo 000)
    etag=$(grep -i "^etag:" "$out.headers" | tr -d "\r" | cut -d" " -f2 || true)
    echo "$code ${etag:--} $path" >>"$out"
    [ "$code" = 200 ] || continue
    while read -r link; do
      [ -n "$link" ] && [ -z "${seen[$link]:-}" ] || continue
      seen[$link]=1
      queue+=("$link")
    done < <(jq -r '.. | strings | select(test("^/api/v1(/(plan|themes|clusters|interventions|places|facts|sources)(/[A-Za-z0-9._~-]+)?)?(\\?page=[0-9]+&size=[0-9]+)?$"))' "$out.body" 2>/dev/null)
  done
  rm -f "$out.headers" "$out.body"
}

# check_waiting <base url> <work dir> <context>: an instance that waits for its database must answer readiness 503
# (saying why) and API requests 503 problem+json with Retry-After; prints what it saw. <context> ends the messages,
# e.g. "without a database".
check_waiting() {
  local base="$1" work="$2" context="$3" ready api
  ready=$(curl -s -o "$work/ready.json" -w '%{http_code}' "$base/q/health/ready")
  [ "$ready" = 503 ] || fail "readiness answered $ready $context"
  observed "readiness $ready: $(jq -c '.checks[] | select(.name == "Database migrated and content ready") | .data' "$work/ready.json")"
  api=$(curl -s -D "$work/api.h" -o "$work/api.json" -w '%{http_code}' "$base/api/v1/clusters")
  [ "$api" = 503 ] || fail "the API answered $api $context"
  grep -qi '^content-type: application/problem+json' "$work/api.h" || fail "the 503 is not problem+json"
  grep -qi '^retry-after:' "$work/api.h" || fail "the 503 has no Retry-After"
  grep -qi '^date: ' "$work/api.h" || fail "the 503 has no Date"
  observed "API $context: $api problem+json, Retry-After $(grep -i '^retry-after:' "$work/api.h" | tr -d '\r' | cut -d' ' -f2)"
}
