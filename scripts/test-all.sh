#!/usr/bin/env bash
# npm test: every layer. Uses DATABASE_URL (PostgreSQL) when set, the embedded PGlite otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== typecheck"; npx tsc --noEmit
echo "== format"; npx prettier --check . --log-level warn
echo "== lint"; npx eslint . --max-warnings 0
echo "== unit"; npx vitest run --project unit
if [ -n "${DATABASE_URL:-}" ]; then kind=postgres; else kind=pglite; fi
echo "== db ($kind)"; npx vitest run --project db
echo "== e2e"; bash scripts/e2e.sh
