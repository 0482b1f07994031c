# shellcheck shell=bash
# `bench/run multi`: two instances of the PostgreSQL build on one PostgreSQL database, no proxy in front, under a
# read load of CONNECTIONS (256) connections for DURATION (60 s): one wrk process against each instance with half
# the connections, both at once, as a round-robin load balancer would spread them. The baseline, in the same run, is
# nginx serving the same bytes to two wrk processes of the same shape. Midway through the load on the instances, a
# change is published through instance A, and the time until instance B serves it is measured.
#
# Sourced by bench/run after it has built the app (./mvnw -Ppg package) and made its temp dir; it uses bench/run's
# settings, helpers (stop_pid, capture, start_nginx, median, ratio...) and its EXIT trap, which stops the instances
# (APP_PID, APP_B_PID), nginx and wrk (WRK_PID, WRK_B_PID) by PID. See bench/README.md.

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_SUPERUSER=${PG_SUPERUSER:-postgres} # creates the role and (re)creates the database, through psql
PG_USER=${PG_USER:-planforgrowth}      # the instances connect as this role
BENCH_DB=${BENCH_DB:-pfg_bench}        # dropped and created afresh by every run
CHANGE_UNDER_LOAD=${CHANGE_UNDER_LOAD:-1} # 1 = publish a change through A midway and time it on B
CHANGE_ITEM=/api/v1/clusters/aerospace
HALF=$((CONNECTIONS / 2))
[ "$HALF" -ge 1 ] || die "CONNECTIONS must be at least 2 in multi mode"
[ $((HALF * 2)) = "$CONNECTIONS" ] || die "CONNECTIONS must be even in multi mode (half per instance)"

MULTI_REPORT="$RESULTS_DIR/multi-latest.md"
MULTI_RAW="$RESULTS_DIR/multi-latest-wrk.log"
MULTI_NOTES=()
MULTI_CHECKS=()
declare -a BYTES=() GZ_BYTES=() APP_ETAG=() NGINX_ETAG=() GZIP_OK=()
extreme_of() { # the highest of the values, n/a when any is n/a
  printf '%s\n' "$@" | awk '$1 == "n/a" || $1 == "" { na = 1; next } { if (m == "" || $1 + 0 > m + 0) m = $1 }
    END { print (na || m == "") ? "n/a" : m }'
}

# ---------------------------------------------------------------- PostgreSQL
command -v psql >/dev/null 2>&1 || die "psql is needed in multi mode (Debian package postgresql-client)"
psql_admin() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_SUPERUSER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_bench() { psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$BENCH_DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -c 'select 1' >/dev/null 2>&1 ||
  die "PostgreSQL does not answer on $PG_HOST:$PG_PORT as $PG_SUPERUSER; start it, e.g. pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start"
[ "$(psql_admin -c "select count(*) from pg_roles where rolname = '$PG_USER'")" = 1 ] ||
  psql_admin -c "create role $PG_USER login"
log "recreating the empty database $BENCH_DB (owner $PG_USER)"
psql_admin -c "drop database if exists $BENCH_DB with (force)"
psql_admin -c "create database $BENCH_DB owner $PG_USER"
PG_VERSION=$(psql_admin -c 'show server_version')
JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$BENCH_DB"
ADMIN_TOKEN="pfg_bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"

# ---------------------------------------------------------------- instances
# Starts an instance in the background: which (A|B) port log -> sets APP_PID or APP_B_PID.
launch_instance() {
  local which=$1 port=$2 out=$3
  log "starting instance $which: $JAVA $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar (port $port, $JDBC_URL)"
  mkdir -p "$TMP/java-tmp-$which"
  # wrk sends everything from one address: a budget it cannot exhaust keeps the rate limiter's cost in the
  # figures without its 429s (as in the other modes).
  PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 PFG_DB_URL="$JDBC_URL" PFG_DB_USER="$PG_USER" PFG_DB_PASSWORD= \
    PFG_ADMIN_TOKEN="$ADMIN_TOKEN" \
    PFG_RATE_LIMIT_ANONYMOUS_LIMIT=1000000000 PFG_RATE_LIMIT_ANONYMOUS_BURST=1000000000 \
    PFG_RATE_LIMIT_TOKEN_LIMIT=1000000000 PFG_RATE_LIMIT_TOKEN_BURST=1000000000 \
    "$JAVA" $JAVA_OPTS -Djava.io.tmpdir="$TMP/java-tmp-$which" -jar "$JAR" >>"$out" 2>&1 &
  if [ "$which" = A ]; then APP_PID=$!; else APP_B_PID=$!; fi
}

# Waits for the first 200 of GET /api/v1/plan: which port pid t0 -> prints the ms since t0.
await_instance() {
  local which=$1 port=$2 pid=$3 t0=$4 code
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "$ACCEPT" --connect-timeout 2 --max-time 60 \
      "http://127.0.0.1:$port/api/v1/plan" 2>/dev/null || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || die "instance $which exited during start"
    [ $(($(now_ms) - t0)) -lt $((START_TIMEOUT * 1000)) ] || die "no 200 from instance $which within ${START_TIMEOUT}s"
    sleep 0.02
  done
  echo $(($(now_ms) - t0))
}

LOG_A="$TMP/app-a.log"
LOG_B="$TMP/app-b.log"
t0=$(now_ms)
launch_instance A "$APP_PORT" "$LOG_A"
launch_instance B "$APP_B_PORT" "$LOG_B"
START_A=$(await_instance A "$APP_PORT" "$APP_PID" "$t0")
START_B=$(await_instance B "$APP_B_PORT" "$APP_B_PID" "$t0")
log "both instances answer: A after $START_A ms, B after $START_B ms (started together on the empty database)"
for f in "$LOG_A" "$LOG_B"; do
  grep -q 'Profile pg activated\|Profiles .*pg.* activated' "$f" ||
    die "$(basename "$f"): not started in profile pg; is target/quarkus-app a PostgreSQL build (./mvnw -Ppg package)?"
done
RSS0_A=$(rss_mb "$APP_PID" VmRSS)
RSS0_B=$(rss_mb "$APP_B_PID" VmRSS)

# ---------------------------------------------------------------- checks before the load
check_result() { # description ok(0|1) detail
  if [ "$2" = 1 ]; then MULTI_CHECKS+=("| $1 | $3 | met |"); else MULTI_CHECKS+=("| $1 | $3 | **missed** |"); fi
}
seeds=$(psql_bench -c 'select count(*) from content_seed')
clusters_db=$(psql_bench -c 'select count(*) from cluster')
clusters_api=$(curl -s --max-time 60 -H "$ACCEPT" "http://127.0.0.1:$APP_PORT/api/v1/clusters" |
  grep -o '"total":[0-9]*' | head -n1 | cut -d: -f2)
seeded_lines=$(cat "$LOG_A" "$LOG_B" | grep -c 'Seeded the database with content files' || true)
admins=$(psql_bench -c "select count(*) from api_token where role = 'admin'")
migrations=$(psql_bench -c 'select count(*) || $$ applied, $$ || count(distinct version) || $$ distinct$$ from flyway_schema_history where version is not null and success')
[ "$seeds" = 1 ] && [ "$seeded_lines" = 1 ] && [ "$clusters_db" = "$clusters_api" ] && ok=1 || ok=0
check_result "started together on an empty database: content seeded once" "$ok" \
  "$seeds seed marker, $seeded_lines seeding logged, $clusters_db clusters in the database, $clusters_api served"
[ "$admins" = 1 ] && ok=1 || ok=0
check_result "one admin token (PFG_ADMIN_TOKEN given to both)" "$ok" "$admins admin token(s)"
check_result "migrations applied once" "$([ "${migrations%% *}" = "$(echo "$migrations" | awk '{ print $3 }')" ] && echo 1 || echo 0)" \
  "flyway_schema_history: $migrations"

capture 1 # A's bytes into the nginx root; sets BYTES and APP_ETAG
same=1
for i in "${!TARGETS[@]}"; do
  path=${TARGETS[$i]}
  f=$(file_for "$path")
  curl -s --max-time 60 -D "$TMP/capture/$f.b.headers" -o "$TMP/capture/$f.b.body" -H "$ACCEPT" \
    "http://127.0.0.1:$APP_B_PORT$path"
  etag_b=$(header_value "$TMP/capture/$f.b.headers" etag)
  if ! cmp -s "$TMP/capture/$f.b.body" "$TMP/capture/$f.body" || [ "$etag_b" != "${APP_ETAG[$i]}" ]; then
    same=0
    MULTI_NOTES+=("$path: B's bytes or ETag ($etag_b) differ from A's (${APP_ETAG[$i]})")
  fi
  code=$(curl -s --max-time 60 -o /dev/null -w '%{http_code}' -H "$ACCEPT" -H "If-None-Match: ${APP_ETAG[$i]}" \
    "http://127.0.0.1:$APP_B_PORT$path")
  [ "$code" = 304 ] || { same=0; MULTI_NOTES+=("$path: B answered $code, not 304, to A's ETag"); }
done
check_result "same bytes and ETag on A and B; B answers A's ETag with 304" "$same" "${#TARGETS[@]} resources"
start_nginx
check_nginx_bytes

# The load: every thread of every wrk process cycles through the targets.
cat >"$TMP/rotate.lua" <<EOF
local paths = { "$(printf '%s", "' "${TARGETS[@]}" | sed 's/", "$//')" }
local n = 0
request = function()
  n = n % #paths + 1
  return wrk.format(nil, paths[n])
end
EOF

# wrk_pair label urlA urlB duration -> sets PAIR_OUT_A and PAIR_OUT_B (wrk output files); both processes at once,
# HALF connections each.
wrk_pair() {
  local label=$1 url_a=$2 url_b=$3 dur=$4 slug
  slug=$(echo "$label" | tr -c 'A-Za-z0-9' '-')
  PAIR_OUT_A="$TMP/wrk/$slug-1.txt"
  PAIR_OUT_B="$TMP/wrk/$slug-2.txt"
  wrk -t"$THREADS" -c"$HALF" -d"$dur" --timeout "$WRK_TIMEOUT" --latency -s "$TMP/rotate.lua" -H "$ACCEPT" \
    "$url_a" >"$PAIR_OUT_A" 2>&1 &
  WRK_PID=$!
  wrk -t"$THREADS" -c"$HALF" -d"$dur" --timeout "$WRK_TIMEOUT" --latency -s "$TMP/rotate.lua" -H "$ACCEPT" \
    "$url_b" >"$PAIR_OUT_B" 2>&1 &
  WRK_B_PID=$!
}
wrk_pair_wait() { # label
  local rc=0
  wait "$WRK_PID" || rc=1
  wait "$WRK_B_PID" || rc=1
  WRK_PID="" WRK_B_PID=""
  { echo "### $1 (first wrk)"; cat "$PAIR_OUT_A"; echo; echo "### $1 (second wrk)"; cat "$PAIR_OUT_B"; echo; } >>"$RAW_LOG"
  [ "$rc" = 0 ] || { cat "$PAIR_OUT_A" "$PAIR_OUT_B" >&2; die "wrk failed ($1)"; }
}
# parse_wrk file -> "rps requests p50 p90 p99 non2xx3xx socket_errors" (ms)
parse_wrk() {
  local out=$1 rps count p50 p90 p99 non2xx sockerr
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  count=$(awk '/ requests in / { print $1 }' "$out")
  p50=$(awk '$1 == "50%" { print $2 }' "$out")
  p90=$(awk '$1 == "90%" { print $2 }' "$out")
  p99=$(awk '$1 == "99%" { print $2 }' "$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")
  sockerr=$(awk '/Socket errors:/ { s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i + 0; print s }' "$out")
  [ -n "$rps" ] && [ -n "$count" ] || { cat "$out" >&2; die "could not parse wrk output ($out)"; }
  if [ "$count" = 0 ]; then
    echo "0 0 n/a n/a n/a ${non2xx:-0} $((${sockerr:-0} + 1))"
  else
    echo "$rps $count $(to_ms "$p50") $(to_ms "$p90") $(to_ms "$p99") ${non2xx:-0} ${sockerr:-0}"
  fi
}

# Publishes a change to CHANGE_ITEM through A, then polls B until it serves it; sets CHANGE_MS (or n/a).
CHANGE_MS=n/a
change_through_a_seen_on_b() {
  local auth="Authorization: Bearer $ADMIN_TOKEN" etag summary t0 code body
  summary="Changed through instance A under load at $(date -u +%H:%M:%S)."
  etag=$(curl -s --max-time 30 -D - -o /dev/null -H "$auth" "http://127.0.0.1:$APP_PORT$CHANGE_ITEM/revisions" |
    awk 'BEGIN { IGNORECASE = 1 } /^etag:/ { sub(/\r$/, ""); print $2 }')
  [ -n "$etag" ] || { MULTI_NOTES+=("change under load: no write ETag for $CHANGE_ITEM"); return 0; }
  etag=$(curl -s --max-time 30 -D - -o /dev/null -X PATCH -H "$auth" -H "If-Match: $etag" \
    -H 'Content-Type: application/merge-patch+json' --data "{\"summary\": \"$summary\"}" \
    "http://127.0.0.1:$APP_PORT$CHANGE_ITEM" | awk 'BEGIN { IGNORECASE = 1 } /^etag:/ { sub(/\r$/, ""); print $2 }')
  [ -n "$etag" ] || { MULTI_NOTES+=("change under load: the PATCH through A failed"); return 0; }
  code=$(curl -s --max-time 30 -o /dev/null -w '%{http_code}' -X POST -H "$auth" -H "If-Match: $etag" \
    "http://127.0.0.1:$APP_PORT$CHANGE_ITEM/publish")
  [ "$code" = 200 ] || { MULTI_NOTES+=("change under load: publishing through A answered $code"); return 0; }
  t0=$(now_ms)
  while [ $(($(now_ms) - t0)) -lt 10000 ]; do
    body=$(curl -s --max-time 10 -H "$ACCEPT" "http://127.0.0.1:$APP_B_PORT$CHANGE_ITEM" || true)
    if [[ "$body" == *"$summary"* ]]; then
      CHANGE_MS=$(($(now_ms) - t0))
      log "change published through A served by B after $CHANGE_MS ms (under load)"
      return 0
    fi
    sleep 0.02
  done
  MULTI_NOTES+=("change under load: B did not serve the change within 10 s")
}

# ---------------------------------------------------------------- measure
declare -A MRES=()
LOAD_AT_MEASURE_MULTI=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$WARMUP" != 0 ] && [ "$WARMUP" != 0s ]; then
  log "warm-up: $WARMUP of $CONNECTIONS connections on the instances, then on nginx"
  wrk_pair "warm-up instances" "http://127.0.0.1:$APP_PORT" "http://127.0.0.1:$APP_B_PORT" "$WARMUP"
  wrk_pair_wait "warm-up instances"
  wrk_pair "warm-up nginx" "http://127.0.0.1:$NGINX_PORT" "http://127.0.0.1:$NGINX_PORT" "$WARMUP"
  wrk_pair_wait "warm-up nginx"
fi
LOAD_AT_MEASURE_MULTI=$(cut -d' ' -f1-3 /proc/loadavg)
dur_s=$(to_ms "$DURATION")
dur_s=$(awk -v m="$dur_s" 'BEGIN { printf "%d", m / 1000 }')
for ((r = 1; r <= ROUNDS; r++)); do
  order=(instances nginx)
  [ $((r % 2)) -eq 0 ] && order=(nginx instances)
  for server in "${order[@]}"; do
    log "round $r/$ROUNDS: $server, $CONNECTIONS connections ($HALF per wrk process) for $DURATION"
    if [ "$server" = instances ]; then
      wrk_pair "round $r instances" "http://127.0.0.1:$APP_PORT" "http://127.0.0.1:$APP_B_PORT" "$DURATION"
      if [ "$CHANGE_UNDER_LOAD" = 1 ] && [ "$r" = 1 ]; then
        sleep $((dur_s / 2))
        change_through_a_seen_on_b
      fi
      wrk_pair_wait "round $r instances"
      MRES["A"]+="$(parse_wrk "$PAIR_OUT_A");"
      MRES["B"]+="$(parse_wrk "$PAIR_OUT_B");"
    else
      wrk_pair "round $r nginx" "http://127.0.0.1:$NGINX_PORT" "http://127.0.0.1:$NGINX_PORT" "$DURATION"
      wrk_pair_wait "round $r nginx"
      MRES["N1"]+="$(parse_wrk "$PAIR_OUT_A");"
      MRES["N2"]+="$(parse_wrk "$PAIR_OUT_B");"
    fi
    log "round $r $server: req/s requests p50 p90 p99 (ms) non-2xx/3xx socket-errors = $(parse_wrk "$PAIR_OUT_A") and $(parse_wrk "$PAIR_OUT_B")"
  done
done
RSS_A=$(rss_mb "$APP_PID" VmRSS)
RSS_B=$(rss_mb "$APP_B_PID" VmRSS)
[ "$(grep -c ' ERROR ' "$LOG_A" "$LOG_B" | awk -F: '{ s += $2 } END { print s + 0 }')" = 0 ] ||
  MULTI_NOTES+=("the instances logged errors: see the logs in bench/results/multi-logs/")
mkdir -p "$RESULTS_DIR/multi-logs"
cp "$LOG_A" "$LOG_B" "$RESULTS_DIR/multi-logs/"
stop_pid "$APP_PID" "instance A" 30
APP_PID=""
stop_pid "$APP_B_PID" "instance B" 30
APP_B_PID=""
stop_pid "$NGINX_PID" nginx 10
NGINX_PID=""

# ---------------------------------------------------------------- report
# median of field k over the rounds of one wrk process: key field
field_median() {
  local values=() line
  IFS=';' read -ra lines <<<"${MRES[$1]}"
  for line in "${lines[@]}"; do
    [ -n "$line" ] && values+=("$(echo "$line" | awk -v k="$2" '{ print $k }')")
  done
  median "${values[@]}"
}
field_sum() { # sum of field k over every round of one wrk process
  local total=0 line
  IFS=';' read -ra lines <<<"${MRES[$1]}"
  for line in "${lines[@]}"; do
    [ -n "$line" ] && total=$((total + $(echo "$line" | awk -v k="$2" '{ print $k }')))
  done
  echo "$total"
}
row() { # label key
  echo "| $1 | $HALF | $(fmt "$(field_median "$2" 1)" 0) | $(fmt "$(field_median "$2" 3)" 2) | $(fmt "$(field_median "$2" 4)" 2) | $(fmt "$(field_median "$2" 5)" 2) | $(field_sum "$2" 6) | $(field_sum "$2" 7) |"
}
rps_app=$(awk -v a="$(field_median A 1)" -v b="$(field_median B 1)" 'BEGIN { print a + b }')
rps_nginx=$(awk -v a="$(field_median N1 1)" -v b="$(field_median N2 1)" 'BEGIN { print a + b }')
p99_app=$(extreme_of "$(field_median A 5)" "$(field_median B 5)")
p99_nginx=$(extreme_of "$(field_median N1 5)" "$(field_median N2 5)")
errors_non2xx=$(($(field_sum A 6) + $(field_sum B 6)))
errors_socket=$(($(field_sum A 7) + $(field_sum B 7)))
[ "$errors_socket" = 0 ] && ok=1 || ok=0
check_result "zero socket errors (connect, read, write, timeouts over $WRK_TIMEOUT) on the instances" "$ok" "$errors_socket"
[ "$errors_non2xx" = 0 ] && ok=1 || ok=0
check_result "zero responses other than 2xx/3xx from the instances" "$ok" "$errors_non2xx"
if [ "$CHANGE_UNDER_LOAD" = 1 ]; then
  ok=$(awk -v v="$CHANGE_MS" 'BEGIN { print (v != "n/a" && v + 0 <= 2000) ? 1 : 0 }')
  check_result "a change published through A is served by B within 2 s, under the load" "$ok" "$CHANGE_MS ms"
fi

JAVA_VERSION=$("$JAVA" -version 2>&1 | head -n1 || true)
NGINX_VERSION=$("$NGINX" -v 2>&1 | head -n1 || true)
WRK_VERSION=$(wrk -v 2>&1 | head -n1 | awk '{ print $1, $2 }' || true)
mkdir -p "$RESULTS_DIR"
{
  echo "### Two-instance run $DATE"
  echo
  echo "- Command: \`$INVOCATION\`"
  echo "- Commit: $COMMIT"
  echo "- Machine: $NPROC cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load average (1, 5, 15 min) before the run $LOAD_BEFORE, at the start of the measured rounds $LOAD_AT_MEASURE_MULTI"
  echo "- Tools: $JAVA_VERSION; PostgreSQL $PG_VERSION; $NGINX_VERSION; $WRK_VERSION"
  echo "- Instances: two of \`java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar\` (PostgreSQL build, profile pg) on 127.0.0.1:$APP_PORT (A) and :$APP_B_PORT (B), one database \`$BENCH_DB\` created empty just before they were started together; no proxy in front"
  echo "- Load: two wrk processes at once, \`wrk -t$THREADS -c$HALF -d$DURATION --timeout $WRK_TIMEOUT --latency -s rotate.lua\` each ($CONNECTIONS connections in all), every thread cycling through ${TARGETS[*]} with \`$ACCEPT\`; one against each instance, then both against nginx serving the same bytes; $ROUNDS round(s) after a $WARMUP warm-up; figures are medians over the rounds"
  echo
  echo "| wrk process against | connections | req/s | p50 ms | p90 ms | p99 ms | non-2xx/3xx | socket errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  row "instance A" A
  row "instance B" B
  row "nginx (first wrk)" N1
  row "nginx (second wrk)" N2
  echo
  echo "| | instances A + B | nginx | instances / nginx |"
  echo "|---|---:|---:|---:|"
  echo "| req/s, both wrk processes | $(fmt "$rps_app" 0) | $(fmt "$rps_nginx" 0) | **$(ratio "$rps_app" "$rps_nginx")** |"
  echo "| p99 ms, the higher of the two wrk processes | $(fmt "$p99_app" 2) | $(fmt "$p99_nginx" 2) | **$(ratio "$p99_app" "$p99_nginx")** |"
  echo
  echo "| | A | B |"
  echo "|---|---:|---:|"
  echo "| start to first 200, both launched together on the empty database, ms | $START_A | $START_B |"
  echo "| RSS after the start (VmRSS), MB | $RSS0_A | $RSS0_B |"
  echo "| RSS after the load (VmRSS), MB | $RSS_A | $RSS_B |"
  echo
  echo "| check | measured | |"
  echo "|---|---|---|"
  printf '%s\n' "${MULTI_CHECKS[@]}"
  if [ ${#MULTI_NOTES[@]} -gt 0 ]; then
    echo
    echo "Notes:"
    for n in "${MULTI_NOTES[@]}"; do echo "- $n"; done
  fi
  if [ "$CHANGE_UNDER_LOAD" = 1 ]; then
    echo
    echo "The change midway through the load re-renders $CHANGE_ITEM and the lists that show it on both instances, so from then on their bodies are a few bytes longer than nginx's copies."
  fi
} | tee "$MULTI_REPORT"
cp "$RAW_LOG" "$MULTI_RAW"
log "written: bench/results/multi-latest.md (raw wrk output: bench/results/multi-latest-wrk.log, logs: bench/results/multi-logs/)"
failed=0
for c in "${MULTI_CHECKS[@]}"; do [[ "$c" == *'**missed**'* ]] && failed=1; done
[ "$failed" = 0 ] || die "a check was missed (see the report)"
