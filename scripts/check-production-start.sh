#!/usr/bin/env bash
# Proves the production start (issue 16) on a fresh clone of this repository's
# committed state (HEAD), in a temporary folder:
#   A. with the dev dependencies and nothing built, `npm start` builds the SPA
#      and compiles the server, then serves;
#   B. `npm run build && npm prune --omit=dev && npm start` serves the SPA, the
#      API and /healthz with neither tsx nor Vite installed;
#   C. the same pruned install serves a DATASET_FILE (its child process runs
#      the compiled server/build-db too);
#   D. a database built once by the compiled build-db is served read-only by
#      two processes (PREBUILT_DB) that answer with the same ETag.
# Each start is stopped with SIGTERM sent to npm and must exit 0 and free its port.
#
# Usage: scripts/check-production-start.sh [--npm-ci]
#   Default: copies this checkout's node_modules (same package-lock.json) instead
#   of `npm ci` (which compiles better-sqlite3: about 3 minutes here).
# Prints each step with its time; exit 0 when every check passed.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
npm_ci=false
[ "${1:-}" = "--npm-ci" ] && npm_ci=true

work=$(mktemp -d "${TMPDIR:-/tmp}/model-race-prod-XXXXXX")
app="$work/app"
server_pid=""
first_pid=""
cleanup() {
  # SIGTERM to npm reaches the server (npm forwards it; `exec` in the start script).
  for pid in "$server_pid" "$first_pid"; do
    if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT

t0=$SECONDS
step() { printf '\n[%4ss] %s\n' "$((SECONDS - t0))" "$*"; }
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# start_server LOG [VAR=value…]: `npm start` in the background on a free port; sets port, server_pid.
start_server() {
  local log=$1
  shift
  port=$(free_port)
: >"$log"
  env PORT="$port" HOST=127.0.0.1 "$@" npm start >>"$log" 2>&1 &
  server_pid=$!
  local waited=0
  until grep -q 'Model Race is up' "$log"; do
    kill -0 "$server_pid" 2>/dev/null || {
      cat "$log"
      fail "npm start exited before serving"
    }
    [ $waited -lt 600 ] || fail "npm start did not serve within 300 s"
    sleep 0.5
    waited=$((waited + 1))
  done
  grep -v '^$' "$log" | sed 's/^/  | /'
}

# expect_get PATH STATUS PATTERN: GET answers STATUS with a body matching PATTERN (grep -E).
expect_get() {
  local status
  status=$(curl -s -o "$work/body" -w '%{http_code}' "http://127.0.0.1:$port$1") || fail "GET $1: no answer"
  [ "$status" = "$2" ] || fail "GET $1 answered $status, not $2"
  grep -Eq "$3" "$work/body" || fail "GET $1: the body does not match /$3/"
  echo "  GET $1 -> $status"
}

# stop_server LOG: SIGTERM to npm; it must exit 0 having logged the shutdown, and the port must be free.
stop_server() {
  local rc=0
  kill -TERM "$server_pid"
  wait "$server_pid" || rc=$?
  server_pid=""
  [ $rc -eq 0 ] || {
    cat "$1"
    fail "npm start exited $rc after SIGTERM"
  }
  grep -q 'SIGTERM: finishing requests in progress' "$1" || fail "the server did not receive SIGTERM"
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then fail "something still answers on port $port"; fi
  echo "  SIGTERM -> exit 0, port $port free"
}

check_serves() {
  expect_get / 200 '<div id="root">'
  expect_get /api/v1/vendors 200 '"data":\['
  expect_get /healthz 200 .
}

step "clone $(git -C "$repo" rev-parse --short HEAD) into $app"
git clone -q --no-local "$repo" "$app"
cd "$app"

if ! $npm_ci && [ -d "$repo/node_modules" ] && cmp -s "$repo/package-lock.json" package-lock.json; then
  step "copy node_modules from $repo (same package-lock.json)"
  # The contents (a symlinked node_modules must not be pruned through its link).
  mkdir node_modules
  cp -a "$repo/node_modules/." node_modules/
else
  step "npm ci"
  npm ci --no-audit --no-fund >"$work/npm-ci.log" 2>&1 || {
    tail -30 "$work/npm-ci.log"
    fail "npm ci"
  }
fi

step "A. npm start with nothing built (dev dependencies installed)"
start_server "$work/a.log"
grep -q 'Compiling the server' "$work/a.log" || fail "npm start did not compile the server"
grep -q 'Building the app' "$work/a.log" || fail "npm start did not build the app"
check_serves
stop_server "$work/a.log"

step "B. npm run build"
npm run build >"$work/build.log" 2>&1 || {
  tail -30 "$work/build.log"
  fail "npm run build"
}
[ -f dist/index.html ] && [ -f dist-server/start.js ] && [ -f dist-server/build-db.js ] || fail "the build is incomplete"

step "B. npm prune --omit=dev"
npm prune --omit=dev --no-audit --no-fund >"$work/prune.log" 2>&1 || {
  tail -30 "$work/prune.log"
  fail "npm prune"
}
for dev in tsx vite esbuild rolldown vitest; do
  [ ! -e "node_modules/$dev" ] || fail "node_modules/$dev is still there after the prune"
done
echo "  node_modules: $(du -sh node_modules | cut -f1) ($(ls node_modules | wc -l) entries)"

step "B. npm start (production install)"
start_server "$work/b.log"
if grep -Eq 'Compiling|Building' "$work/b.log"; then fail "npm start rebuilt on a fresh build"; fi
check_serves
stop_server "$work/b.log"

step "C. npm start with DATASET_FILE (production install)"
node -e "
  const fs = require('fs');
  const names = ['sources', 'vendors', 'models', 'metrics', 'events', 'stages', 'claims'];
  const set = Object.fromEntries(names.map((n) => [n, JSON.parse(fs.readFileSync('data/' + n + '.json', 'utf8'))]));
  fs.writeFileSync(process.argv[1], JSON.stringify(set));
" "$work/dataset.json"
start_server "$work/c.log" DATASET_FILE="$work/dataset.json"
expect_get /api/v1/vendors 200 '"data":\['
expect_get /healthz 200 .
stop_server "$work/c.log"

step "D. a database built once (dist-server/build-db.js) served read-only by two processes (PREBUILT_DB)"
node dist-server/build-db.js data "$work/race.sqlite" || fail "build-db"
start_server "$work/d1.log" PREBUILT_DB="$work/race.sqlite"
first_port=$port
first_pid=$server_pid
expect_get /api/v1/models 200 '"data":\['
etag1=$(curl -s -D - -o /dev/null "http://127.0.0.1:$port/api/v1/models" | grep -i '^etag:' | tr -d '\r')
server_pid=""
start_server "$work/d2.log" PREBUILT_DB="$work/race.sqlite"
etag2=$(curl -s -D - -o /dev/null "http://127.0.0.1:$port/api/v1/models" | grep -i '^etag:' | tr -d '\r')
[ -n "$etag1" ] && [ "$etag1" = "$etag2" ] || fail "the two processes answer with different ETags ($etag1 / $etag2)"
echo "  both answer $etag1"
stop_server "$work/d2.log"
server_pid=$first_pid
port=$first_port
stop_server "$work/d1.log"
first_pid=""

step "PASS: the production start works without dev dependencies"
