#!/usr/bin/env bash
# Fault (a): kill -9 of the app in the middle of a stream of writes, then restart. Every acknowledged (2xx) write
# must be there, as acknowledged; nothing half-applied (each item's revisions numbered 1..n with the draft at n, and
# the public item exactly the document of its last published revision); the restart must be clean.
#
# Usage: faults/kill9-writes.sh <quarkus-app dir> <port> [VAR=value ...]
#   H2 file mode:  faults/kill9-writes.sh target/quarkus-app 28410 PFG_DATA_DIR=/tmp/x
#   PostgreSQL:    faults/kill9-writes.sh target/pg-app/quarkus-app 28411 PFG_DB_URL=jdbc:postgresql://127.0.0.1:28432/x
# Env: FAULTS_CLIENTS (default 6 concurrent writers), FAULTS_KILL_AFTER_ACKS (default 40: the kill comes once that
#      many writes were acknowledged, mid-stream), FAULTS_WRITE_SECONDS (default 120: the kill comes then at the latest).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

APP="$1"; PORT="$2"; shift 2
BASE="http://127.0.0.1:$PORT"
CLIENTS="${FAULTS_CLIENTS:-6}"
SECONDS_OF_WRITES="${FAULTS_WRITE_SECONDS:-120}"
KILL_AFTER="${FAULTS_KILL_AFTER_ACKS:-40}"
WORK="$(mktemp -d /tmp/faults-kill9.XXXXXX)"
RUN="k$(date +%s)"
trap 'stop_app; kill $(jobs -p) 2>/dev/null || true' EXIT

say "kill -9 under writes: $APP on port $PORT ($*), $CLIENTS writers, kill after $KILL_AFTER acknowledged writes; work in $WORK"
start_app "$APP" "$PORT" "$WORK/app-1.log" "$@"
ms=$(wait_for "$BASE/q/health/ready" "$START_SECONDS") || fail "the app did not become ready"
observed "first start ready in ${ms} ms"
EDITOR="$(editor_token "$BASE")"
[ -n "$EDITOR" ] && [ "$EDITOR" != null ] || fail "could not create an editor token"

# One writer: creates a source, publishes it, patches its title, publishes again; then the next source. Every
# request is logged as "try" before it is sent and "ack" (with the revision and title) when it got a 2xx.
writer() {
  local c="$1" i=0 id etag code title
  local log="$WORK/writer-$c.log"
  while :; do
    i=$((i + 1))
    id="fault-$RUN-c$c-$i"
    title="$id v1"
    echo "try $id 1 created" >>"$log"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST "$BASE/api/v1/sources" \
      -H "Authorization: Bearer $EDITOR" -H 'Content-Type: application/json' \
      -d "{\"id\":\"$id\",\"title\":\"$title\",\"publisher\":\"Fault test\",\"url\":\"https://example.org/$id\"}") || code=000
    [ "$code" = 201 ] || { echo "err $id $code" >>"$log"; continue; }
    echo "ack $id 1 created $title" >>"$log"
    echo "try $id 2 published" >>"$log"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST "$BASE/api/v1/sources/$id/publish" \
      -H "Authorization: Bearer $EDITOR" -H 'If-Match: "rev-1"') || code=000
    [ "$code" = 200 ] || { echo "err $id $code" >>"$log"; continue; }
    echo "ack $id 2 published $title" >>"$log"
    title="$id v2"
    echo "try $id 3 updated" >>"$log"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X PATCH "$BASE/api/v1/sources/$id" \
      -H "Authorization: Bearer $EDITOR" -H 'Content-Type: application/merge-patch+json' -H 'If-Match: "rev-2"' \
      -d "{\"title\":\"$title\"}") || code=000
    [ "$code" = 200 ] || { echo "err $id $code" >>"$log"; continue; }
    echo "ack $id 3 updated $title" >>"$log"
    echo "try $id 4 published" >>"$log"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST "$BASE/api/v1/sources/$id/publish" \
      -H "Authorization: Bearer $EDITOR" -H 'If-Match: "rev-3"') || code=000
    [ "$code" = 200 ] || { echo "err $id $code" >>"$log"; continue; }
    echo "ack $id 4 published $title" >>"$log"
  done
}

for c in $(seq 1 "$CLIENTS"); do writer "$c" & done
writes_from=$(now_ms)
while [ "$(cat "$WORK"/writer-*.log 2>/dev/null | grep -c '^ack ' || true)" -lt "$KILL_AFTER" ] \
  && [ $(($(now_ms) - writes_from)) -lt $((SECONDS_OF_WRITES * 1000)) ]; do
  sleep 0.1
done
kill9_app
killed_at=$(now_ms)
kill $(jobs -p) 2>/dev/null || true
wait 2>/dev/null || true
cat "$WORK"/writer-*.log >"$WORK/all.log"
acked=$(grep -c '^ack ' "$WORK/all.log" || true)
tried=$(grep -c '^try ' "$WORK/all.log" || true)
refused=$(grep '^err ' "$WORK/all.log" | grep -vc ' 000$' || true)
observed "kill -9 after $(( (killed_at - writes_from) / 1000 )) s of writes: $tried writes sent, $acked acknowledged (2xx), $refused refused with a status"
[ "$acked" -gt 20 ] || fail "too few writes were acknowledged ($acked) for the test to mean anything"
# A refusal before the kill (e.g. 500, 409) would be a bug of its own.
[ "$refused" -eq 0 ] || { grep '^err ' "$WORK/all.log" | grep -v ' 000$' | head; fail "writes were refused before the kill"; }

say "restarting"
start_app "$APP" "$PORT" "$WORK/app-2.log" "$@"
ms=$(wait_for "$BASE/q/health/ready" "$START_SECONDS") || fail "the app did not come back after kill -9"
observed "restart after kill -9 ready in ${ms} ms ($(( $(now_ms) - killed_at )) ms after the kill)"
errors="$(log_errors "$WORK/app-2.log")"
[ -z "$errors" ] || { echo "$errors" | head -n 20; fail "the restart logged errors"; }
observed "restart log: $(wc -l <"$WORK/app-2.log") lines, no ERROR, no stack trace"

# Check every item any writer touched.
auth=(-H "Authorization: Bearer $EDITOR")
items=0; extra=0; published=0
for id in $(awk '$1 == "try" {print $2}' "$WORK/all.log" | sort -u); do
  max_ack=$(awk -v id="$id" '$1 == "ack" && $2 == id {print $3}' "$WORK/all.log" | sort -n | tail -n 1)
  max_ack=${max_ack:-0}
  draft="$(curl -s "${auth[@]}" -w '\n%{http_code}' "$BASE/api/v1/sources/$id/draft")"
  code="${draft##*$'\n'}"; draft="${draft%$'\n'*}"
  if [ "$code" = 404 ]; then
    [ "$max_ack" -eq 0 ] || fail "$id: acknowledged up to revision $max_ack, but it is gone"
    continue
  fi
  [ "$code" = 200 ] || fail "$id: GET draft answered $code"
  items=$((items + 1))
  revision=$(jq -r .data.revision <<<"$draft")
  status=$(jq -r .data.status <<<"$draft")
  [ "$revision" -ge "$max_ack" ] || fail "$id: acknowledged revision $max_ack, but the item is at revision $revision"
  [ "$revision" -eq "$max_ack" ] || extra=$((extra + revision - max_ack))
  revisions="$(curl -sf "${auth[@]}" "$BASE/api/v1/sources/$id/revisions")" || fail "$id: revisions unreadable"
  numbers=$(jq -r '[.data[].number] | sort | map(tostring) | join(",")' <<<"$revisions")
  [ "$numbers" = "$(seq -s, 1 "$revision")" ] || fail "$id: revisions $numbers, expected 1..$revision"
  # What each acknowledged write said must be what its revision holds.
  while read -r _ _ rev action title_words; do
    got=$(jq -r --argjson n "$rev" '.data[] | select(.number == $n) | .action' <<<"$revisions")
    [ "$got" = "$action" ] || fail "$id: revision $rev is '$got', acknowledged as '$action'"
    doc_title=$(curl -sf "${auth[@]}" "$BASE/api/v1/sources/$id/revisions/$rev" | jq -r '.data.document.title')
    [ "$doc_title" = "$title_words" ] || fail "$id: revision $rev has title '$doc_title', acknowledged '$title_words'"
  done < <(awk -v id="$id" '$1 == "ack" && $2 == id' "$WORK/all.log")
  last_published=$(jq -r '[.data[] | select(.action == "published") | .number] | max // 0' <<<"$revisions")
  public_code=$(curl -s -o "$WORK/public.json" -w '%{http_code}' "$BASE/api/v1/sources/$id")
  if [ "$last_published" -eq 0 ]; then
    [ "$status" = draft ] || fail "$id: never published, but its status is $status"
    [ "$public_code" = 404 ] || fail "$id: never published, but the public API answers $public_code"
  else
    published=$((published + 1))
    [ "$status" = published ] || fail "$id: published at revision $last_published, but its status is $status"
    [ "$public_code" = 200 ] || fail "$id: published at revision $last_published, but the public API answers $public_code"
    want=$(curl -sf "${auth[@]}" "$BASE/api/v1/sources/$id/revisions/$last_published" | jq -c '.data.document')
    got=$(jq -c '.data | del(.links)' "$WORK/public.json")
    [ "$(jq -S . <<<"$want")" = "$(jq -S . <<<"$got")" ] \
      || fail "$id: the public item is $got, its last published revision $last_published holds $want"
  fi
done
# The public list agrees with the items: every published fault source is listed exactly once.
listed=0; page=1
while :; do
  body="$(curl -sf "$BASE/api/v1/sources?size=100&page=$page")" || fail "the list of sources is unreadable"
  listed=$((listed + $(jq --arg p "fault-$RUN-" '[.data[] | select(.id | startswith($p))] | length' <<<"$body")))
  [ "$(jq -r '.links.next // empty' <<<"$body")" ] || break
  page=$((page + 1))
done
[ "$listed" -eq "$published" ] || fail "the public list shows $listed fault sources, $published are published"
observed "after restart: $items items, every one of the $acked acknowledged writes present as acknowledged;" \
  "$extra unacknowledged write(s) applied in full (sent before the kill, answer lost); $published published" \
  "items each equal to their last published revision and listed once; revisions 1..n without gaps"
say "kill -9 under writes: PASSED"
