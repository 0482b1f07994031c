#!/usr/bin/env bash
# Fault (b): PostgreSQL stopped while the app serves. Public reads keep being served from the last published content
# (every item and list page linked from /api/v1, pre-rendered, none requested by a client before); writes get 503
# problem+json with Retry-After; the embed cards and the landing page keep being served; readiness DOWN within
# seconds, liveness UP; the outage is logged once, not a stack trace a second; when PostgreSQL returns, everything recovers without a restart.
#
# Usage: faults/pg-outage.sh <quarkus-app dir built with -Ppg> <port>
# Uses the sandbox cluster of faults/pg-sandbox.sh (PFG_FAULTS_PG_PORT, default 28432) and a fresh database in it.
# Env: FAULTS_OUTAGE_SECONDS (default 15), FAULTS_PG_STOP_MODE (fast or immediate; default fast).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

APP="$1"; PORT="$2"
BASE="http://127.0.0.1:$PORT"
PG_PORT="${PFG_FAULTS_PG_PORT:-28432}"
OUTAGE="${FAULTS_OUTAGE_SECONDS:-15}"
MODE="${FAULTS_PG_STOP_MODE:-fast}"
DB="pfg_faults_outage"
WORK="$(mktemp -d /tmp/faults-outage.XXXXXX)"
SANDBOX="$FAULTS_DIR/pg-sandbox.sh"
trap 'stop_app; "$SANDBOX" start >/dev/null 2>&1 || true' EXIT

say "PostgreSQL outage while serving: $APP on port $PORT, PostgreSQL sandbox on $PG_PORT ($MODE stop), work in $WORK"
"$SANDBOX" start
"$SANDBOX" createdb "$DB" >/dev/null
# PFG_PUBLIC_URL as in production (docs/deployment.md): with it the walk also renders the landing page and every card.
start_app "$APP" "$PORT" "$WORK/app.log" PFG_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" PFG_DB_USER=postgres \
  PFG_PUBLIC_URL="$BASE"
ms=$(wait_for "$BASE/q/health/ready" "$START_SECONDS") || fail "the app did not become ready"
observed "started on an empty database, ready in ${ms} ms"
for _ in $(seq 120); do grep -q 'Pre-rendered the published content' "$WORK/app.log" && break; sleep 0.5; done
observed "$(grep -o 'Pre-rendered the published content.*' "$WORK/app.log" || echo 'no pre-render logged')"

# A change just before the outage (so what is kept is the content after it), and one filtered list asked for by a
# client: lists cut by a filter are not pre-rendered, only kept once asked for.
EDITOR="$(editor_token "$BASE")"
auth=(-H "Authorization: Bearer $EDITOR")
curl -sf -X PATCH "$BASE/api/v1/sources/wmca-primary-clusters" "${auth[@]}" -H 'If-Match: "rev-1"' \
  -H 'Content-Type: application/merge-patch+json' -d '{"title":"Primary clusters (before the outage)"}' >/dev/null \
  || fail "the patch before the outage failed"
curl -sf -X POST "$BASE/api/v1/sources/wmca-primary-clusters/publish" "${auth[@]}" -H 'If-Match: "rev-2"' >/dev/null \
  || fail "the publish before the outage failed"
for _ in $(seq 50); do
  [ "$(curl -s "$BASE/api/v1/sources/wmca-primary-clusters" | jq -r .data.title)" = "Primary clusters (before the outage)" ] && break
  sleep 0.1
done
curl -sf -o /dev/null "$BASE/api/v1/clusters?kind=primary" || fail "the filtered list failed"
sleep 3 # let the walk after the change finish
before_lines=$(wc -l <"$WORK/app.log")

say "stopping PostgreSQL ($MODE)"
"$SANDBOX" stop "$MODE" >/dev/null
stopped_at=$(now_ms)

# Readiness goes DOWN within seconds; liveness stays UP.
ms=$(wait_for "$BASE/q/health/ready" 30 503) || fail "readiness did not report DOWN within 30 s"
observed "readiness DOWN (503) ${ms} ms after the stop; its answer took $(curl -s -o /dev/null -w '%{time_total}' "$BASE/q/health/ready") s"
code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/live")
[ "$code" = 200 ] || fail "liveness answered $code during the outage"
observed "liveness UP (200) during the outage"

# Writes: 503 problem+json with Retry-After, quickly.
write_code=$(curl -s -D "$WORK/w.h" -o "$WORK/w.json" -w '%{http_code} %{time_total}' -X PATCH \
  "$BASE/api/v1/sources/wmca-primary-clusters" "${auth[@]}" -H 'If-Match: "rev-3"' \
  -H 'Content-Type: application/merge-patch+json' -d '{"title":"During the outage"}')
[ "${write_code%% *}" = 503 ] || { cat "$WORK/w.json"; fail "a write during the outage answered ${write_code%% *}"; }
grep -qi '^content-type: application/problem+json' "$WORK/w.h" || fail "the 503 is not problem+json"
retry_after=$(grep -i '^retry-after:' "$WORK/w.h" | tr -d '\r' | cut -d' ' -f2 || true)
[ -n "$retry_after" ] || fail "the 503 has no Retry-After"
jq -e '.status == 503 and .requestId != null and (.detail | length > 0)' "$WORK/w.json" >/dev/null || fail "bad problem body"
create_code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/sources" "${auth[@]}" \
  -H 'Content-Type: application/json' -d '{"id":"during-outage","title":"x","publisher":"x","url":"https://example.org/"}')
[ "$create_code" = 503 ] || fail "a create during the outage answered $create_code"
observed "writes during the outage: PATCH ${write_code%% *} in ${write_code#* } s (application/problem+json," \
  "Retry-After: $retry_after), POST $create_code"

# Reads: every item and list page linked from /api/v1, none of them requested by this script before.
crawl "$BASE" "$WORK/during.txt"
total=$(wc -l <"$WORK/during.txt")
ok=$(grep -c '^200 ' "$WORK/during.txt" || true)
[ "$ok" -eq "$total" ] || { grep -v '^200 ' "$WORK/during.txt" | head; fail "$((total - ok)) of $total public reads failed during the outage"; }
title=$(curl -s "$BASE/api/v1/sources/wmca-primary-clusters" | jq -r .data.title)
[ "$title" = "Primary clusters (before the outage)" ] || fail "the changed source reads '$title' during the outage"
filtered=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/clusters?kind=primary")
[ "$filtered" = 200 ] || fail "the filtered list asked for before the outage answered $filtered"
unseen=$(curl -s -D "$WORK/u.h" -o /dev/null -w '%{http_code}' "$BASE/api/v1/clusters?kind=nascent")
[ "$unseen" = 503 ] && grep -qi '^retry-after:' "$WORK/u.h" || fail "a never-asked filtered list answered $unseen"
observed "reads during the outage: $ok of $total pages (index, every list page, every item; none asked for before)" \
  "served 200 with the last published content; a filtered list asked for before: $filtered; one never asked for: $unseen + Retry-After"

# Partners' embeds and the landing page: the card of every cluster, theme and place, none asked for before.
cards_total=0
cards_ok=0
while read -r path; do
  cards_total=$((cards_total + 1))
  card="/embed/${path#/api/v1/}"
  code=$(curl -s -o "$WORK/card.html" -w '%{http_code} %{content_type}' \
    -H 'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' "$BASE$card")
  if [ "${code%% *}" = 200 ] && [[ "${code#* }" == text/html* ]] && grep -q 'class="pfg-card' "$WORK/card.html"; then
    cards_ok=$((cards_ok + 1))
  else
    echo "  $card: $code"
  fi
done < <(grep -oE ' /api/v1/(clusters|themes|places)/[A-Za-z0-9._~-]+$' "$WORK/during.txt" | tr -d ' ')
[ "$cards_total" -gt 20 ] || fail "only $cards_total items with cards were found"
[ "$cards_ok" -eq "$cards_total" ] || fail "$((cards_total - cards_ok)) of $cards_total embed cards failed during the outage"
landing=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "$BASE/")
[ "$landing" = 200 ] || fail "the landing page answered $landing during the outage"
observed "embeds during the outage: $cards_ok of $cards_total cards (every cluster, theme and place; none asked for" \
  "before) served 200 text/html; the landing page: $landing"

sleep "$OUTAGE"
outage_log="$(tail -n +"$((before_lines + 1))" "$WORK/app.log")"
warns=$(grep -c 'Database unavailable' <<<"$outage_log" || true)
traces=$(grep -cE '^\s+at ' <<<"$outage_log" || true)
lines=$(grep -c '' <<<"$outage_log" || true)
observed "log during $(( ($(now_ms) - stopped_at) / 1000 )) s of outage: $lines lines, $warns 'Database unavailable' warning(s), $traces stack-trace lines"
[ "$warns" -eq 1 ] || { echo "$outage_log" | head -n 30; fail "the outage was logged $warns times"; }
[ "$traces" -eq 0 ] || { echo "$outage_log" | head -n 30; fail "stack traces were logged during the outage"; }

say "starting PostgreSQL again"
"$SANDBOX" start >/dev/null
started_at=$(now_ms)
ms=$(wait_for "$BASE/q/health/ready" 60) || fail "readiness did not come back UP"
observed "readiness UP again ${ms} ms after PostgreSQL started"
write_ms=""
for _ in $(seq 100); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH "$BASE/api/v1/sources/wmca-primary-clusters" "${auth[@]}" \
    -H 'If-Match: "rev-3"' -H 'Content-Type: application/merge-patch+json' -d '{"title":"After the outage"}')
  [ "$code" = 200 ] && { write_ms=$(($(now_ms) - started_at)); break; }
  sleep 0.2
done
[ -n "$write_ms" ] || fail "writes did not recover (last answer $code)"
curl -sf -X POST "$BASE/api/v1/sources/wmca-primary-clusters/publish" "${auth[@]}" -H 'If-Match: "rev-4"' >/dev/null \
  || fail "publishing after the outage failed"
published_at=$(now_ms)
seen_ms=""
for _ in $(seq 100); do
  [ "$(curl -s "$BASE/api/v1/sources/wmca-primary-clusters" | jq -r .data.title)" = "After the outage" ] \
    && { seen_ms=$(($(now_ms) - published_at)); break; }
  sleep 0.1
done
[ -n "$seen_ms" ] || fail "a publish after the outage is not served"
observed "after PostgreSQL returned: a write succeeded ${write_ms} ms after its start; the publish was served ${seen_ms} ms later"
# The recovery is logged by the version poll (every second), which can come after the first successful write.
for _ in $(seq 50); do grep -q 'Database available again' "$WORK/app.log" && break; sleep 0.1; done
recovered=$(grep -c 'Database available again' "$WORK/app.log" || true)
[ "$recovered" -eq 1 ] || fail "the recovery was logged $recovered times"
observed "$(grep -o 'Database available again.*' "$WORK/app.log")"
errors="$(grep -E ' ERROR ' "$WORK/app.log" || true)"
[ -z "$errors" ] || { echo "$errors" | head; fail "errors were logged"; }
observed "whole log: $(wc -l <"$WORK/app.log") lines, no ERROR"
say "PostgreSQL outage while serving: PASSED"
