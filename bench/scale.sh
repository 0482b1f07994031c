# shellcheck shell=bash
# `bench/run scale`: the same requests against 9 and against 10,000 clusters. Sourced by bench/run after it has
# built the app and made its temp dir; it uses bench/run's settings, helpers (run_wrk, stop_pid, median, ratio...)
# and its EXIT trap, which stops the instances (APP_PID, APP_B_PID, APP_C_PID) and wrk by PID. See bench/README.md.
#
# Instance A: the seeded content only (13 clusters, 9 of them primary; 29 facts).
# Instance B: a copy of A's database plus SYNTHETIC clusters and SYNTHETIC_FACTS facts (bench/scale-fixture.sql).
# Instance C (only with CANDIDATE_SQL=file): a copy of B's database with that SQL applied, e.g. candidate indexes.
# Each runs from its own H2 file database (PFG_DATA_DIR) on its own port, from the same jar. Two passes: the
# representation cache off (every request runs its queries and renders) and on (the shipped default).

[ -n "$H2_JAR" ] || die "no H2 jar in target/quarkus-app/lib/main"
[ "$SYNTHETIC" -ge 100 ] && [ "$SYNTHETIC" -le 99999 ] || die "SYNTHETIC must be 100 to 99999 in scale mode"
[ "$SYNTHETIC_FACTS" -ge 2 ] && [ "$SYNTHETIC_FACTS" -le 999999 ] || die "SYNTHETIC_FACTS must be 2 to 999999"
CANDIDATE_SQL=${CANDIDATE_SQL:-}
if [ -n "$CANDIDATE_SQL" ]; then
  [ -f "$CANDIDATE_SQL" ] || die "CANDIDATE_SQL: no file $CANDIDATE_SQL"
  CANDIDATE_SQL=$(cd "$(dirname "$CANDIDATE_SQL")" && pwd)/$(basename "$CANDIDATE_SQL")
  port_free "$APP_C_PORT" || die "port $APP_C_PORT (APP_C_PORT) is in use"
  INSTANCES=(A B C)
  INVOCATION="CANDIDATE_SQL=${CANDIDATE_SQL#"$ROOT"/} $INVOCATION"
else
  INSTANCES=(A B)
fi
# H2 answers a query repeated on the same connection from the previous result while no table has changed
# (per-session command cache + OPTIMIZE_REUSE_RESULTS). With the representation cache off, that would still spare
# repeat requests their queries, so the uncached pass also sets QUERY_CACHE_SIZE=0: every statement is parsed,
# planned and run. (OPTIMIZE_REUSE_RESULTS=FALSE is not used: it also re-runs IN (SELECT ...) subqueries for every
# row, which makes the place filter take over 60 s, far from what the app really does.)
UNCACHED_H2_SETTINGS=${UNCACHED_H2_SETTINGS-;QUERY_CACHE_SIZE=0}

# The requests measured. The place, theme, word and item are seeded content; the fixture links synthetic clusters
# to the seeded places and themes and uses the word in synthetic names.
SCALE_PLACE=coventry
SCALE_THEME=commitment-to-net-zero
SCALE_WORD=energy
SCALE_ITEM=electric-light-vehicles
SCALE_NAMES=("page, kind filter" "page, place filter" "search" "single item" "facts page, status filter"
  "page, sort only" "facts page, sort only")
SCALE_PATHS=(
  "/api/v1/clusters?kind=primary&sort=-name&size=20"
  "/api/v1/clusters?place=$SCALE_PLACE&sort=-name&size=20"
  "/api/v1/clusters?q=$SCALE_WORD"
  "/api/v1/clusters/$SCALE_ITEM"
  "/api/v1/facts?status=confirmed&sort=label&size=20"
  "/api/v1/clusters?sort=name&size=20"
  "/api/v1/facts?sort=label&size=20"
)
# Goal on the 10k/9 ratio: the issue's goals are "a page of 20 from 10,000 within 2x of the same page from 9" and
# "a single item within 1.5x"; every page is held to the page goal. The search has none ("-"): it reads every row.
SCALE_GOALS=(2 2 - 1.5 2 2 2)
ITEM_INDEX=3

SCALE_REPORT="$RESULTS_DIR/scale-latest.md"
SCALE_RAW="$RESULTS_DIR/scale-latest-wrk.log"
declare -A SQL=() RES=() FIRST=() PROBE=() SLOW=() OVERLOAD=() STARTED=() RSS_AFTER=() LOAD_AT=() DB_MB=()
SCALE_NOTES=()
CHECKS=()
for which in "${INSTANCES[@]}"; do mkdir -p "$TMP/data-${which,,}" "$TMP/java-tmp-${which,,}"; done

# ---------------------------------------------------------------- H2, offline (the app must be stopped)
h2_shell() { # dir sql -> Shell output on stdout
  "$JAVA" -Djava.io.tmpdir="$TMP/java-tmp" -cp "$H2_JAR" org.h2.tools.Shell \
    -url "jdbc:h2:file:$1/plan-for-growth" -user sa -sql "$2"
}
h2_values() { # dir sql -> the "key=value" lines of its result (one column aliased V, each value 'key=' || ...)
  h2_shell "$1" "$2" | sed -n 's/^\([a-z_0-9]*=[^ |]*\).*$/\1/p'
}
h2_script() { # dir file
  "$JAVA" -Djava.io.tmpdir="$TMP/java-tmp" -cp "$H2_JAR" org.h2.tools.RunScript \
    -url "jdbc:h2:file:$1/plan-for-growth" -user sa -script "$2" >&2
}

# ---------------------------------------------------------------- instances
instance_dir() { echo "$TMP/data-${1,,}"; }
instance_port() {
  case "$1" in A) echo "$APP_PORT" ;; B) echo "$APP_B_PORT" ;; C) echo "$APP_C_PORT" ;; esac
}
instance_pid() {
  case "$1" in A) echo "$APP_PID" ;; B) echo "$APP_B_PID" ;; C) echo "$APP_C_PID" ;; esac
}
set_instance_pid() {
  case "$1" in A) APP_PID=$2 ;; B) APP_B_PID=$2 ;; C) APP_C_PID=$2 ;; esac
}
wait_ready() { # which t0
  local code
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$(instance_port "$1")/q/health/ready" 2>/dev/null || true)
    [ "$code" = 200 ] && return 0
    kill -0 "$(instance_pid "$1")" 2>/dev/null || die "instance $1 exited during start (see its log below)"
    [ $(($(now_ms) - $2)) -lt $((START_TIMEOUT * 1000)) ] || die "instance $1 not ready within ${START_TIMEOUT}s"
    sleep 0.1
  done
}

# start_instances cache(on|off) [which...]: starts them side by side (default: all), waits until each is ready
start_instances() {
  local cache=$1 which flag url t0
  shift
  local which_list=("$@")
  [ ${#which_list[@]} -gt 0 ] || which_list=("${INSTANCES[@]}")
  flag=true
  [ "$cache" = off ] && flag=false
  for which in "${which_list[@]}"; do
    url="jdbc:h2:file:$(instance_dir "$which")/plan-for-growth;DB_CLOSE_ON_EXIT=FALSE"
    [ "$cache" = off ] && url="$url$UNCACHED_H2_SETTINGS"
    log "starting instance $which (cache $cache) on port $(instance_port "$which"): $JAVA $JAVA_OPTS -Dpfg.cache.representations=$flag -jar target/quarkus-app/quarkus-run.jar"
    PFG_DATA_DIR="$(instance_dir "$which")" PORT="$(instance_port "$which")" QUARKUS_HTTP_HOST=127.0.0.1 \
      QUARKUS_DATASOURCE_JDBC_URL="$url" \
      "$JAVA" $JAVA_OPTS -Dpfg.cache.representations=$flag -Djava.io.tmpdir="$TMP/java-tmp-${which,,}" \
      -jar "$JAR" >>"$TMP/app-$which-cache-$cache.log" 2>&1 &
    set_instance_pid "$which" $!
  done
  t0=$(now_ms)
  for which in "${which_list[@]}"; do
    wait_ready "$which" "$t0"
    STARTED[$which-$cache]=$(($(now_ms) - t0))
    log "instance $which ready after ${STARTED[$which-$cache]} ms (started side by side)"
  done
}

stop_instances() {
  local which
  for which in "${INSTANCES[@]}"; do
    [ -n "$(instance_pid "$which")" ] || continue
    log "stopping instance $which (pid $(instance_pid "$which"))"
    stop_pid "$(instance_pid "$which")" "instance $which" 30
    [ -z "$STOP_KILLED" ] || SCALE_NOTES+=("instance $which did not stop within 30 s of SIGTERM ($1) and was killed")
    set_instance_pid "$which" ""
  done
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# Waits until an instance is idle (under 10 % of a core over 0.5 s): a slow request that wrk gave up on keeps
# running in the app and must not eat the CPU of the next measurement. An instance still busy after QUIESCE_MAX
# seconds is restarted (in the same pass, on the same database); returns 1 then.
QUIESCE_MAX=${QUIESCE_MAX:-30}
quiesce() { # which cache label
  local pid t0 a b
  pid=$(instance_pid "$1")
  t0=$(now_ms)
  while :; do
    a=$(cpu_ticks "$pid")
    sleep 0.5
    b=$(cpu_ticks "$pid")
    [ $((b - a)) -le 5 ] && break
    if [ $(($(now_ms) - t0)) -ge $((QUIESCE_MAX * 1000)) ]; then
      log "instance $1 still busy ${QUIESCE_MAX}s after $3: restarting it"
      SCALE_NOTES+=("cache $2: instance $1 was still busy ${QUIESCE_MAX} s after $3 and was restarted")
      stop_pid "$pid" "instance $1" 30
      set_instance_pid "$1" ""
      start_instances "$2" "$1"
      return 1
    fi
  done
  [ $(($(now_ms) - t0)) -lt 2000 ] || log "instance $1 busy for $(($(now_ms) - t0)) ms after $3"
  return 0
}
# After a run at CONNECTIONS connections: an instance that completed nothing, or had to be restarted, is not loaded
# again with this request in this pass.
after_load() { # cache i which label
  local completed
  completed=$(awk '/ requests in / { print $1 }' "$TMP/wrk/last.txt")
  if [ "${completed:-0}" = 0 ]; then
    OVERLOAD[$1|$2|$3]=1
    log "instance $3: no request completed during $4: not loaded again with it"
  fi
  quiesce "$3" "$1" "$4" || OVERLOAD[$1|$2|$3]=1
}

# ---------------------------------------------------------------- databases
log "seeding instance A's database (first start on an empty database)"
start_instances on A
stop_instances "after seeding"
mv "$TMP/app-A-cache-on.log" "$TMP/app-A-seed.log"

log "copying it for instance B and adding $SYNTHETIC clusters and $SYNTHETIC_FACTS facts (bench/scale-fixture.sql)"
cp -a "$(instance_dir A)/." "$(instance_dir B)/"
{
  echo "SET @clusters = $SYNTHETIC;"
  echo "SET @facts = $SYNTHETIC_FACTS;"
  cat "$ROOT/bench/scale-fixture.sql"
} >"$TMP/scale-fixture.sql"
FIXTURE_T0=$(now_ms)
h2_script "$(instance_dir B)" "$TMP/scale-fixture.sql"
FIXTURE_MS=$(($(now_ms) - FIXTURE_T0))
log "fixture applied in $FIXTURE_MS ms"

# What the API must answer, computed in SQL on each database: totals of the lists and filters, and the first two
# pages of each sorted list (the order the API promises: the sort key, nulls last, then the slug).
COUNT_SQL="
SELECT 'clusters_total=' || COUNT(*) AS V FROM cluster
UNION ALL SELECT 'clusters_primary=' || COUNT(*) FROM cluster WHERE kind = 'primary'
UNION ALL SELECT 'clusters_place=' || COUNT(DISTINCT cp.cluster_id) FROM cluster_place cp JOIN place p ON p.id = cp.place_id
  WHERE p.slug = '$SCALE_PLACE' OR p.gss_code = '$SCALE_PLACE'
UNION ALL SELECT 'clusters_theme=' || COUNT(DISTINCT tc.cluster_id) FROM theme_cluster tc JOIN theme t ON t.id = tc.theme_id
  WHERE t.slug = '$SCALE_THEME'
UNION ALL SELECT 'clusters_search=' || COUNT(*) FROM cluster
  WHERE search_name LIKE '% $SCALE_WORD%' OR search_summary LIKE '% $SCALE_WORD%' OR search_body LIKE '% $SCALE_WORD%'
UNION ALL SELECT 'facts_total=' || COUNT(*) FROM fact
UNION ALL SELECT 'facts_confirmed=' || COUNT(*) FROM fact WHERE status = 'confirmed';
SELECT 'page_0=' || slug AS V FROM cluster WHERE kind = 'primary'
  ORDER BY sort_name DESC NULLS LAST, slug FETCH FIRST 40 ROWS ONLY;
SELECT 'page_1=' || slug AS V FROM cluster WHERE id IN (
    SELECT cp.cluster_id FROM cluster_place cp JOIN place p ON p.id = cp.place_id
    WHERE p.slug = '$SCALE_PLACE' OR p.gss_code = '$SCALE_PLACE')
  ORDER BY sort_name DESC NULLS LAST, slug FETCH FIRST 40 ROWS ONLY;
SELECT 'page_4=' || slug AS V FROM fact WHERE status = 'confirmed'
  ORDER BY sort_name ASC NULLS LAST, slug FETCH FIRST 40 ROWS ONLY;
SELECT 'page_5=' || slug AS V FROM cluster ORDER BY sort_name ASC NULLS LAST, slug FETCH FIRST 40 ROWS ONLY;
SELECT 'page_6=' || slug AS V FROM fact ORDER BY sort_name ASC NULLS LAST, slug FETCH FIRST 40 ROWS ONLY;"
SORTED_PAGES=(0 1 4 5 6) # indexes into SCALE_PATHS of the sorted pages checked against SQL
for which in A B; do
  h2_values "$(instance_dir "$which")" "$COUNT_SQL" >"$TMP/sql-$which.txt"
  while IFS='=' read -r key value; do
    case "$key" in
      page_*) SQL[$which-$key]+="$value " ;;
      *) SQL[$which-$key]=$value ;;
    esac
  done <"$TMP/sql-$which.txt"
  [ -n "${SQL[$which-clusters_total]:-}" ] || die "could not count the clusters of instance $which's database in SQL"
done
[ "${SQL[B-clusters_total]}" = $((SQL[A-clusters_total] + SYNTHETIC)) ] ||
  die "instance B's database has ${SQL[B-clusters_total]} clusters, expected ${SQL[A-clusters_total]} + $SYNTHETIC"
[ "${SQL[B-facts_total]}" = $((SQL[A-facts_total] + SYNTHETIC_FACTS)) ] ||
  die "instance B's database has ${SQL[B-facts_total]} facts, expected ${SQL[A-facts_total]} + $SYNTHETIC_FACTS"

# A sample of synthetic rows whose search columns the app fills itself at B's first start (SearchBackfill): after
# the first pass they are compared with what the fixture's SQL computed. Then the files are compacted (the
# fixture's big transactions leave B's about ten times its size).
SAMPLE_SQL="
CREATE TABLE bench_expected (kind VARCHAR(10) NOT NULL, slug VARCHAR(80) NOT NULL, search_name VARCHAR(2000),
    search_summary VARCHAR(4000), search_body VARCHAR(20000), sort_name VARCHAR(500), PRIMARY KEY (kind, slug));
INSERT INTO bench_expected SELECT 'cluster', slug, search_name, search_summary, search_body, sort_name FROM cluster
  WHERE slug LIKE 'synthetic-cluster-%' AND MOD(id, 97) = 1;
INSERT INTO bench_expected SELECT 'fact', slug, search_name, search_summary, search_body, sort_name FROM fact
  WHERE slug LIKE 'synthetic-fact-%' AND MOD(id, 997) = 1;
UPDATE cluster SET search_name = NULL, search_summary = NULL, search_body = NULL, sort_name = NULL
  WHERE slug IN (SELECT slug FROM bench_expected WHERE kind = 'cluster');
UPDATE fact SET search_name = NULL, search_summary = NULL, search_body = NULL, sort_name = NULL
  WHERE slug IN (SELECT slug FROM bench_expected WHERE kind = 'fact');
SELECT 'sample=' || COUNT(*) AS V FROM bench_expected;"
SAMPLE=$(h2_values "$(instance_dir B)" "$SAMPLE_SQL" | sed -n 's/^sample=//p')
[ "${SAMPLE:-0}" -gt 0 ] || die "could not set aside the sample of synthetic rows"
for which in A B; do
  h2_shell "$(instance_dir "$which")" "SHUTDOWN COMPACT" >/dev/null 2>&1 || true # Shell then reports the closed database
done
if [ -n "$CANDIDATE_SQL" ]; then
  log "copying B's database for instance C and applying ${CANDIDATE_SQL#"$ROOT"/}"
  cp -a "$(instance_dir B)/." "$(instance_dir C)/"
  h2_script "$(instance_dir C)" "$CANDIDATE_SQL"
  h2_shell "$(instance_dir C)" "SHUTDOWN COMPACT" >/dev/null 2>&1 || true
fi
for which in "${INSTANCES[@]}"; do DB_MB[$which]=$(du -m "$(instance_dir "$which")/plan-for-growth.mv.db" | cut -f1); done
log "databases: $(for w in "${INSTANCES[@]}"; do printf '%s %s MB; ' "$w" "${DB_MB[$w]}"; done)$SAMPLE synthetic rows left for the app to fill"

# ---------------------------------------------------------------- correctness (fails the run)
json_total() { { grep -o '"total":[0-9]*' "$1" || true; } | head -n1 | cut -d: -f2; }
# The slugs (or fact ids) of the items of a list page, in order, from their links.self.
page_keys() { # file collection
  { grep -o "\"self\":\"/api/v1/$2/[^\"?]*\"" "$1" || true; } | sed "s|^\"self\":\"/api/v1/$2/||; s|\"\$||" | tr '\n' ' '
}
fetch() { # which path file -> fails on a non-200
  local code
  code=$(curl -s --max-time 120 -o "$3" -w '%{http_code}' -H "$ACCEPT" "http://127.0.0.1:$(instance_port "$1")$2")
  [ "$code" = 200 ] || die "instance $1: GET $2 answered $code: $(head -c 300 "$3")"
}
expect_eq() { # description expected actual
  if [ "$2" = "$3" ]; then
    CHECKS+=("| $1 | ok |")
  else
    die "check failed: $1: expected '$2', got '$3'"
  fi
}

# check_instance which [sql-of]: the API's totals and sorted pages against SQL (C has B's data: sql-of B)
check_instance() {
  local w=$1 q=${2:-$1} f="$TMP/check-$1.json" coll i path p1 p2 dups pages all distinct total
  fetch "$w" /api/v1/clusters "$f"
  expect_eq "$w: meta.total of /api/v1/clusters = clusters in SQL (${SQL[$q-clusters_total]})" "${SQL[$q-clusters_total]}" "$(json_total "$f")"
  fetch "$w" "/api/v1/clusters?kind=primary" "$f"
  expect_eq "$w: meta.total of ?kind=primary = SQL count (${SQL[$q-clusters_primary]})" "${SQL[$q-clusters_primary]}" "$(json_total "$f")"
  fetch "$w" "/api/v1/clusters?place=$SCALE_PLACE" "$f"
  expect_eq "$w: meta.total of ?place=$SCALE_PLACE = SQL count (${SQL[$q-clusters_place]})" "${SQL[$q-clusters_place]}" "$(json_total "$f")"
  fetch "$w" "/api/v1/clusters?theme=$SCALE_THEME" "$f"
  expect_eq "$w: meta.total of ?theme=$SCALE_THEME = SQL count (${SQL[$q-clusters_theme]})" "${SQL[$q-clusters_theme]}" "$(json_total "$f")"
  fetch "$w" "/api/v1/clusters?q=$SCALE_WORD" "$f"
  expect_eq "$w: meta.total of ?q=$SCALE_WORD = SQL count (${SQL[$q-clusters_search]})" "${SQL[$q-clusters_search]}" "$(json_total "$f")"
  fetch "$w" /api/v1/facts "$f"
  expect_eq "$w: meta.total of /api/v1/facts = facts in SQL (${SQL[$q-facts_total]})" "${SQL[$q-facts_total]}" "$(json_total "$f")"
  fetch "$w" "/api/v1/facts?status=confirmed" "$f"
  expect_eq "$w: meta.total of ?status=confirmed = SQL count (${SQL[$q-facts_confirmed]})" "${SQL[$q-facts_confirmed]}" "$(json_total "$f")"
  # Pages 1 and 2 of each measured sorted page: no item on both, and exactly the rows SQL orders first.
  for i in "${SORTED_PAGES[@]}"; do
    path=${SCALE_PATHS[$i]}
    coll=clusters
    case "$path" in /api/v1/facts*) coll=facts ;; esac
    fetch "$w" "$path" "$f"
    p1=$(page_keys "$f" "$coll")
    p2=""
    if [ "$(json_total "$f")" -gt 20 ]; then
      fetch "$w" "$path&page=2" "$f.2"
      p2=$(page_keys "$f.2" "$coll")
    fi
    dups=$(printf '%s\n' $p1 $p2 | sort | uniq -d | tr '\n' ' ')
    expect_eq "$w: pages 1 and 2 of $path share no item" "" "$dups"
    expect_eq "$w: pages 1 and 2 of $path = the first rows of the same order in SQL" "${SQL[$q-page_$i]:-}" "$p1$p2"
  done
  # Every page of the kind filter sorted by -name, 100 at a time: each item exactly once.
  total=${SQL[$q-clusters_primary]}
  pages=$(((total + 99) / 100))
  all="$TMP/check-$w-all.txt"
  : >"$all"
  for ((i = 1; i <= pages; i++)); do
    fetch "$w" "/api/v1/clusters?kind=primary&sort=-name&size=100&page=$i" "$f"
    page_keys "$f" clusters | tr ' ' '\n' | sed '/^$/d' >>"$all"
  done
  distinct=$(sort -u "$all" | wc -l)
  expect_eq "$w: all $pages pages of ?kind=primary&sort=-name&size=100 list $total distinct clusters" "$total $total" "$(wc -l <"$all") $distinct"
}

# ---------------------------------------------------------------- measurement
# One request timed with curl, in ms; also the first touch of each URL.
probe() { # which path -> sets PROBE_MS
  local s
  s=$(curl -s -o /dev/null --max-time 300 -w '%{time_total}' -H "$ACCEPT" "http://127.0.0.1:$(instance_port "$1")$2") || true
  PROBE_MS=$(awk -v s="${s:-300}" 'BEGIN { printf "%.1f", s * 1000 }')
}

# measure_pass cache: for each request: on each instance, a first request and a second one timed with curl (an
# instance whose second request takes longer than WRK_TIMEOUT is not loaded: wrk would count nothing but timeouts,
# and the app would go on working for minutes; a third request is timed instead), and a warm-up; then ROUNDS
# rounds of (each instance at CONNECTIONS connections, then each at one connection), the order of the instances
# rotated every round. After every run the instance is left to become idle.
measure_pass() {
  local cache=$1 i r k which url name res n=${#INSTANCES[@]} order timeout_ms
  timeout_ms=$(awk -v t="$WRK_TIMEOUT" 'BEGIN { n = t + 0; if (t ~ /ms$/) n /= 1000; else if (t ~ /m$/) n *= 60; print n * 1000 }')
  LOAD_AT[$cache]=$(cut -d' ' -f1-3 /proc/loadavg)
  for i in "${!SCALE_PATHS[@]}"; do
    name=${SCALE_NAMES[$i]}
    for which in "${INSTANCES[@]}"; do
      probe "$which" "${SCALE_PATHS[$i]}"
      FIRST[$cache|$i|$which]=$PROBE_MS
      quiesce "$which" "$cache" "the first $name request" || true
      probe "$which" "${SCALE_PATHS[$i]}"
      PROBE[$cache|$i|$which]=$PROBE_MS
      quiesce "$which" "$cache" "the second $name request" || true
      if awk -v p="$PROBE_MS" -v t="$timeout_ms" 'BEGIN { exit !(p > t) }'; then
        SLOW[$cache|$i|$which]=1
        log "cache $cache $which $name: a second request took $PROBE_MS ms, over WRK_TIMEOUT ($WRK_TIMEOUT): not loaded"
        probe "$which" "${SCALE_PATHS[$i]}" # a third one, to report the median of two
        PROBE[$cache|$i|$which]=$(median "${PROBE[$cache|$i|$which]}" "$PROBE_MS")
        quiesce "$which" "$cache" "the third $name request" || true
        continue
      fi
      if [ "$WARMUP" != 0 ] && [ "$WARMUP" != 0s ]; then
        run_wrk "scale cache $cache warm-up $which $name" "http://127.0.0.1:$(instance_port "$which")${SCALE_PATHS[$i]}" "$WARMUP" "$ACCEPT"
        after_load "$cache" "$i" "$which" "the $name warm-up"
      fi
    done
    for ((r = 1; r <= ROUNDS; r++)); do
      order=()
      for ((k = 0; k < n; k++)); do order+=("${INSTANCES[$(((k + r - 1) % n))]}"); done
      for which in "${order[@]}"; do
        [ -z "${SLOW[$cache|$i|$which]:-}" ] && [ -z "${OVERLOAD[$cache|$i|$which]:-}" ] || continue
        url="http://127.0.0.1:$(instance_port "$which")${SCALE_PATHS[$i]}"
        run_wrk "scale cache $cache round $r $which $name (-c$CONNECTIONS)" "$url" "$DURATION" "$ACCEPT"
        res=$WRK_RES
        RES["$cache|$i|$which|load"]+="$res;"
        log "cache $cache round $r/$ROUNDS $which $name, $CONNECTIONS connections: req/s p50ms p99ms errors = $res"
        after_load "$cache" "$i" "$which" "$name at $CONNECTIONS connections"
      done
      for which in "${order[@]}"; do
        [ -z "${SLOW[$cache|$i|$which]:-}" ] || continue
        url="http://127.0.0.1:$(instance_port "$which")${SCALE_PATHS[$i]}"
        RUN_THREADS=1 RUN_CONNECTIONS=1 run_wrk "scale cache $cache round $r $which $name (-c1)" "$url" "$SERIAL_DURATION" "$ACCEPT"
        res=$WRK_RES
        RES["$cache|$i|$which|serial"]+="$res;"
        log "cache $cache round $r/$ROUNDS $which $name, 1 connection: req/s p50ms p99ms errors = $res"
        quiesce "$which" "$cache" "$name at 1 connection" || true
      done
    done
  done
  for which in "${INSTANCES[@]}"; do RSS_AFTER[$cache-$which]=$(rss_mb "$(instance_pid "$which")" VmRSS); done
}

: >"$RAW_LOG"
PASSES=(off on)
for cache in "${PASSES[@]}"; do
  start_instances "$cache"
  if [ "$cache" = "${PASSES[0]}" ]; then
    log "checking correctness"
    check_instance A
    check_instance B
    [ -z "$CANDIDATE_SQL" ] || check_instance C B
    filled=$(sed -n 's/.*Filled the search columns of \([0-9]*\) items.*/\1/p' "$TMP/app-B-cache-$cache.log" | head -n1)
    expect_eq "B: the app filled the search columns of the $SAMPLE sample rows at start, and no others" "$SAMPLE" "${filled:-0}"
    filled=$(sed -n 's/.*Filled the search columns of \([0-9]*\) items.*/\1/p' "$TMP/app-A-cache-$cache.log" | head -n1)
    expect_eq "A: no search columns left to fill at start" "0" "${filled:-0}"
    for which in "${INSTANCES[@]}"; do
      fetch "$which" "${SCALE_PATHS[$ITEM_INDEX]}" "$TMP/item-$which"
      [ "$which" = A ] && continue
      cmp -s "$TMP/item-A" "$TMP/item-$which" ||
        die "GET ${SCALE_PATHS[$ITEM_INDEX]} differs between A and $which: the fixture must not change seeded clusters"
      expect_eq "A and $which: GET ${SCALE_PATHS[$ITEM_INDEX]} is byte for byte the same" same same
    done
  fi
  measure_pass "$cache"
  stop_instances "after the cache $cache pass"
  if [ "$cache" = "${PASSES[0]}" ]; then
    mismatch=$(h2_values "$(instance_dir B)" "SELECT 'mismatch=' || COUNT(*) AS V FROM bench_expected e
      LEFT JOIN cluster c ON e.kind = 'cluster' AND c.slug = e.slug
      LEFT JOIN fact f ON e.kind = 'fact' AND f.slug = e.slug
      WHERE (e.search_name, e.search_summary, e.search_body, e.sort_name) IS DISTINCT FROM
            (COALESCE(c.search_name, f.search_name), COALESCE(c.search_summary, f.search_summary),
             COALESCE(c.search_body, f.search_body), COALESCE(c.sort_name, f.sort_name));
      DROP TABLE bench_expected;" | sed -n 's/^mismatch=//p')
    expect_eq "B: the $SAMPLE sample rows as the app filled them = as the fixture's SQL computed them (SearchText)" 0 "${mismatch:-?}"
  fi
done
# The totals each request shows, from the SQL counts (checked above against the API).
TOTALS_OF=("clusters_primary" "clusters_place" "clusters_search" "" "facts_confirmed" "clusters_total" "facts_total")

# ---------------------------------------------------------------- report
# medians of one cell: sets M_RPS M_P50 M_P99 M_ERR (all n/a when the cell was not measured)
cell() { # key
  local rs=() p5=() p9=() e=0 line a b c d lines
  IFS=';' read -ra lines <<<"${RES[$1]:-}"
  for line in "${lines[@]}"; do
    [ -n "$line" ] || continue
    read -r a b c d <<<"$line"
    rs+=("$a"); p5+=("$b"); p9+=("$c"); e=$((e + d))
  done
  if [ ${#rs[@]} -eq 0 ]; then
    M_RPS=n/a M_P50=n/a M_P99=n/a M_ERR=0
    return 0
  fi
  M_RPS=$(median "${rs[@]}")
  M_P50=$(median "${p5[@]}")
  M_P99=$(median "${p9[@]}")
  M_ERR=$e
}
verdict() { # goal ratio... -> met when every ratio given is within the goal
  local goal=$1
  shift
  printf '%s\n' "$@" | awk -v g="$goal" '
    $1 == "n/a" || $1 == "" { next }
    { n++; if ($1 + 0 > g + 0) bad = 1 }
    END { if (g == "-") print "no goal"; else if (n == 0) print "**missed** (not measured)"; else print bad ? "**missed**" : "met" }'
}
# alone: p50 at one connection, or for an instance too slow to load, the median of its two timed requests (marked *)
alone_of() { # cache i which -> sets AL (number) and AL_TXT (for the table)
  cell "$1|$2|$3|serial"
  if [ -n "${SLOW[$1|$2|$3]:-}" ]; then
    AL=${PROBE[$1|$2|$3]}
    AL_TXT="$(fmt "$AL" 0)*"
  else
    AL=$M_P50
    AL_TXT=$(fmt "$AL" 2)
  fi
}

ROWS=()
GOAL_ROWS=()
CAND_ROWS=()
ANY_SLOW=""
ANY_OVERLOAD=""
# ratios for the tables: as bench/run's ratio, without decimals from 100 up
sratio() { # a b -> a/b
  local r
  r=$(ratio "$1" "$2")
  awk -v r="$r" 'BEGIN { if (r != "n/a" && r + 0 >= 100) printf "%.0f", r; else print r }'
}
# ratio of the time per request at load, from req/s (a/b = time of b over time of a): "overloaded" when b served
# nothing, "a overloaded" when a did
time_ratio() { # rps-a rps-b [name of a]
  if [ "$2" = 0 ]; then echo overloaded; elif [ "$1" = 0 ]; then echo "≪ 1 (${3:-A} overloaded)"; else sratio "$1" "$2"; fi
}
for cache in "${PASSES[@]}"; do
  for i in "${!SCALE_PATHS[@]}"; do
    declare -A RPS=() P50=() P99=() ALONE=() ALONE_TXT=() FIRST_TXT=()
    for which in "${INSTANCES[@]}"; do
      cell "$cache|$i|$which|load"
      RPS[$which]=$M_RPS P50[$which]=$M_P50 P99[$which]=$M_P99
      if [ -n "${OVERLOAD[$cache|$i|$which]:-}" ]; then
        RPS[$which]=0 # counted as nothing served: the time per request is unbounded
        ANY_OVERLOAD=1
      fi
      [ "$M_ERR" -eq 0 ] || SCALE_NOTES+=("cache $cache, ${SCALE_NAMES[$i]}, instance $which, $CONNECTIONS connections: $M_ERR errors (non-2xx/3xx, socket errors, timeouts over $WRK_TIMEOUT; see scale-latest-wrk.log)")
      cell "$cache|$i|$which|serial"
      [ "$M_ERR" -eq 0 ] || SCALE_NOTES+=("cache $cache, ${SCALE_NAMES[$i]}, instance $which, 1 connection: $M_ERR errors (see scale-latest-wrk.log)")
      alone_of "$cache" "$i" "$which"
      ALONE[$which]=$AL ALONE_TXT[$which]=$AL_TXT
      FIRST_TXT[$which]=$(fmt "${FIRST[$cache|$i|$which]:-n/a}" 1)
      [ -z "${SLOW[$cache|$i|$which]:-}" ] || ANY_SLOW=1
    done
    key=${TOTALS_OF[$i]}
    totals="-"
    [ -z "$key" ] || totals="${SQL[A-$key]} / ${SQL[B-$key]}"
    r_alone=$(sratio "${ALONE[B]}" "${ALONE[A]}")
    r_time=$(time_ratio "${RPS[A]}" "${RPS[B]}")
    ROWS+=("| $cache | ${SCALE_NAMES[$i]} | $totals | ${FIRST_TXT[A]} / ${FIRST_TXT[B]} | ${ALONE_TXT[A]} / ${ALONE_TXT[B]} | **$r_alone** | $(fmt "${RPS[A]}" 0) / $(fmt "${RPS[B]}" 0) | **$r_time** | $(fmt "${P50[A]}" 2) / $(fmt "${P50[B]}" 2) | $(sratio "${P50[B]}" "${P50[A]}") | $(fmt "${P99[A]}" 2) / $(fmt "${P99[B]}" 2) | $(sratio "${P99[B]}" "${P99[A]}") |")
    goal=${SCALE_GOALS[$i]}
    GOAL_ROWS+=("| $cache | ${SCALE_NAMES[$i]} | $([ "$goal" = - ] && echo - || echo "≤ ${goal}x") | $r_alone / $r_time | $(verdict "$goal" "$r_alone" "${r_time/overloaded/999}") |")
    if [ -n "$CANDIDATE_SQL" ]; then
      c_alone=$(sratio "${ALONE[C]}" "${ALONE[A]}")
      c_time=$(time_ratio "${RPS[A]}" "${RPS[C]}")
      CAND_ROWS+=("| $cache | ${SCALE_NAMES[$i]} | ${ALONE_TXT[B]} / ${ALONE_TXT[C]} | **$(sratio "${ALONE[C]}" "${ALONE[B]}")** | $(fmt "${RPS[B]}" 0) / $(fmt "${RPS[C]}" 0) | **$(time_ratio "${RPS[B]}" "${RPS[C]}" B)** | $c_alone / $c_time | $(verdict "$goal" "$c_alone" "${c_time/overloaded/999}") |")
    fi
    unset RPS P50 P99 ALONE ALONE_TXT FIRST_TXT
  done
done

JAVA_VERSION=$("$JAVA" -version 2>&1 | head -n1 || true)
WRK_VERSION=$(wrk -v 2>&1 | head -n1 | awk '{ print $1, $2 }' || true)
mkdir -p "$RESULTS_DIR"
{
  echo "### Scale run $DATE"
  echo
  echo "- Command: \`$INVOCATION\`"
  echo "- Commit: $COMMIT"
  echo "- Machine: $NPROC cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); load average (1, 5, 15 min) before the run $LOAD_BEFORE; at the start of the measurements: cache off ${LOAD_AT[off]:-n/a}, cache on ${LOAD_AT[on]:-n/a}"
  echo "- Tools: $JAVA_VERSION; $WRK_VERSION; H2 $(basename "$H2_JAR" .jar | sed 's/^com.h2database.h2-//')"
  echo "- A: the seeded content, ${SQL[A-clusters_total]} clusters (${SQL[A-clusters_primary]} primary), ${SQL[A-facts_total]} facts; database ${DB_MB[A]} MB. B: the same plus $SYNTHETIC synthetic clusters and $SYNTHETIC_FACTS synthetic facts (\`bench/scale-fixture.sql\`, applied in $((FIXTURE_MS / 1000)) s), ${SQL[B-clusters_total]} clusters (${SQL[B-clusters_primary]} primary), ${SQL[B-facts_total]} facts; database ${DB_MB[B]} MB$([ -z "$CANDIDATE_SQL" ] || echo ". C: B's database with \`${CANDIDATE_SQL#"$ROOT"/}\` applied; database ${DB_MB[C]} MB")"
  echo "- App: \`java $JAVA_OPTS -Dpfg.cache.representations=false|true -jar target/quarkus-app/quarkus-run.jar\`, production profile, one H2 file database each, on 127.0.0.1; the instances run side by side, idle while another is measured. Cache off also adds \`$UNCACHED_H2_SETTINGS\` to the H2 URL, so that H2 does not answer a repeated query from its previous result"
  echo "- Load: per request and instance, one request timed with curl, one unmeasured ${WARMUP} warm-up, then $ROUNDS round(s) of \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION\` and \`wrk -t1 -c1 -d$SERIAL_DURATION\` (one request at a time), the instances alternately (order rotated every round), \`--timeout $WRK_TIMEOUT --latency\`, \`$ACCEPT\`; each instance is left to become idle after each run; figures are medians over the rounds"
  echo
  echo "Requests:"
  for i in "${!SCALE_PATHS[@]}"; do echo "- ${SCALE_NAMES[$i]}: \`GET ${SCALE_PATHS[$i]}\`"; done
  echo
  echo "A = the seeded content (${SQL[A-clusters_primary]} primary clusters), B = the same plus $SYNTHETIC clusters and $SYNTHETIC_FACTS facts. Ratios are B/A, the time of a request on B over the time of the same request on A: **alone** = p50 of one request at a time; **time/req** = A's req/s ÷ B's req/s at $CONNECTIONS connections. *First request*: the first request for the URL after the start (with the cache on, the render that fills it)."
  echo
  echo "| cache | request | meta.total A / B | first request ms A / B | alone p50 ms A / B | alone B/A | req/s A / B | time/req B/A | p50 ms A / B | p50 B/A | p99 ms A / B | p99 B/A |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  [ -z "$ANY_SLOW" ] || { echo; echo "\\* The second request took longer than WRK_TIMEOUT ($WRK_TIMEOUT): the figure is the median of the second and a third request timed with curl, and wrk did not load that instance (n/a)."; }
  [ -z "$ANY_OVERLOAD" ] || { echo; echo "req/s 0 and time/req overloaded: at $CONNECTIONS connections the instance completed no request within a run, or was still busy ${QUIESCE_MAX} s after it (then restarted); it was not loaded again with that request (see the notes)."; }
  echo
  echo "Goals (issue): a page of 20 from 10,000 within 2x of the same page from 9; a single item within 1.5x. Met when both ratios (alone, time/req) are within the goal."
  echo
  echo "| cache | request | goal | B/A alone / time/req | |"
  echo "|---|---|---|---:|---|"
  printf '%s\n' "${GOAL_ROWS[@]}"
  if [ -n "$CANDIDATE_SQL" ]; then
    echo
    echo "Candidate C (B's data with \`${CANDIDATE_SQL#"$ROOT"/}\`), measured in the same rounds: C/B below 1 means the candidate is faster."
    echo
    echo "| cache | request | alone p50 ms B / C | alone C/B | req/s B / C | time/req C/B | C/A alone / time/req | goal with C |"
    echo "|---|---|---:|---:|---:|---:|---:|---|"
    printf '%s\n' "${CAND_ROWS[@]}"
  fi
  echo
  echo "| | $(printf '%s | ' "${INSTANCES[@]}" | sed 's/ | $//') |"
  echo "|---|$(for w in "${INSTANCES[@]}"; do printf -- '---:|'; done)"
  echo "| ready after start (side by side), cache off / on, ms | $(for w in "${INSTANCES[@]}"; do printf '%s / %s | ' "${STARTED[$w-off]:-n/a}" "${STARTED[$w-on]:-n/a}"; done | sed 's/ | $//') |"
  echo "| RSS after the load, cache off / on, MB | $(for w in "${INSTANCES[@]}"; do printf '%s / %s | ' "${RSS_AFTER[off-$w]:-n/a}" "${RSS_AFTER[on-$w]:-n/a}"; done | sed 's/ | $//') |"
  echo
  echo "Correctness checks (before the measurements; the last one after the first pass; a failure stops the run):"
  echo
  echo "| check | |"
  echo "|---|---|"
  printf '%s\n' "${CHECKS[@]}"
  if [ ${#SCALE_NOTES[@]} -gt 0 ]; then
    echo
    echo "Notes:"
    for n in "${SCALE_NOTES[@]}"; do echo "- $n"; done
  fi
} | tee "$SCALE_REPORT"
cp "$RAW_LOG" "$SCALE_RAW"
log "written: bench/results/scale-latest.md (raw wrk output: bench/results/scale-latest-wrk.log, app logs: bench/results/scale-logs/)"
