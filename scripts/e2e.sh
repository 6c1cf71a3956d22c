#!/usr/bin/env bash
# Playwright against a production build (next build && npm start) on a fresh database:
# the PostgreSQL named by DATABASE_URL, or a fresh embedded PGlite folder when it is unset.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
export AUTH_SECRET="${AUTH_SECRET:-e2e-only-secret-not-for-production-000000}"
if [ -n "${DATABASE_URL:-}" ]; then
  npm run --silent db:seed -- --demo
else
  export PGLITE_DATA_DIR=.data/e2e-pglite
  rm -rf "$PGLITE_DATA_DIR"
fi
if [ -z "${E2E_SKIP_BUILD:-}" ]; then
  start=$(date +%s)
  npx next build > .next-build.log 2>&1 || { cat .next-build.log; exit 1; }
  echo "next build: $(( $(date +%s) - start )) s"
fi
export E2E_SERVER_LOG="${E2E_SERVER_LOG:-.e2e-server.log}"
rm -f "$E2E_SERVER_LOG"
status=0
npx playwright test "$@" || status=$?
# No log line of the whole run may hold a name, NIK or address (docs/security.md, Errors).
npx tsx --conditions=react-server scripts/check-server-log.ts "$E2E_SERVER_LOG" || status=1
exit "$status"
