#!/usr/bin/env bash
# Third-party contract check (issue 15 item 8): Stoplight Prism, a validating proxy that this project did not write,
# sits between a client and the packaged app and checks every request and response against openapi/openapi.yaml.
# It reports what does not match in an sl-violations header (--errors=false: it still passes the real answer on).
# contract/requests.mjs sends a broad request set through it (reads with fields, include, sort, filters, CSV, HTML
# cards, errors, and editorial and admin writes) and fails on any violation.
#
# Usage: contract/prism-check.sh [quarkus-app dir, default target/quarkus-app]
# Needs: java, node, and contract/node_modules (npm ci in contract/).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
app="${1:-$root/target/quarkus-app}"
[ -f "$app/quarkus-run.jar" ] || { echo "prism-check: no $app/quarkus-run.jar; run ./mvnw package first" >&2; exit 1; }
[ -x "$here/node_modules/.bin/prism" ] || { echo "prism-check: run npm ci in contract/ first" >&2; exit 1; }

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

work="$(mktemp -d /tmp/pfg-prism.XXXXXX)"
app_pid=""
prism_pid=""
cleanup() {
  [ -n "$prism_pid" ] && kill "$prism_pid" 2>/dev/null || true
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

admin_token="${PFG_ADMIN_TOKEN:-pfg_contract-admin-0123456789abcdefghijklmnopqrstuvwxyz}"
app_port="$(free_port)"
# A fresh H2 file database of its own, seeded on start; no rate limit (a few hundred requests come in a burst).
env PORT="$app_port" PFG_DATA_DIR="$work/data" PFG_ADMIN_TOKEN="$admin_token" PFG_RATE_LIMIT_ENABLED=false \
  PFG_LOG_JSON=false java -Xmx384m -jar "$app/quarkus-run.jar" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/q/health/ready" || true)" = 200 ] && break
  kill -0 "$app_pid" 2>/dev/null || { tail -n 40 "$work/app.log" >&2; echo "prism-check: the app did not start" >&2; exit 1; }
  sleep 0.5
done

prism_port="$(free_port)"
"$here/node_modules/.bin/prism" proxy "$root/openapi/openapi.yaml" "http://127.0.0.1:$app_port" \
  --errors=false --port "$prism_port" --host 127.0.0.1 >"$work/prism.log" 2>&1 &
prism_pid=$!
for _ in $(seq 1 240); do
  curl -s -o /dev/null "http://127.0.0.1:$prism_port/api/v1" && break
  kill -0 "$prism_pid" 2>/dev/null || { tail -n 40 "$work/prism.log" >&2; echo "prism-check: Prism did not start" >&2; exit 1; }
  sleep 0.5
done

PFG_ADMIN_TOKEN="$admin_token" node "$here/requests.mjs" "http://127.0.0.1:$prism_port" "$root/openapi/openapi.json"
