#!/usr/bin/env bash
# The one test command: installs what is missing, then type-checks, lints (typescript-eslint and the
# offline Forge linter) and runs every suite. Any failure fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh

echo "== TypeScript (strict)"
npx tsc -p tsconfig.json
npx tsc -p tsconfig.test.json
npx tsc -p static/tsconfig.json
echo "== Prettier (the formatter; npx prettier --write . fixes it)"
npx prettier --check . >/dev/null || { npx prettier --check . 2>&1 | tail -20; exit 1; }
echo "== Jira routes in src/ against the spec copy in spec/ (unknown or deprecated fails)"
node tools/check-jira-routes.mjs src
echo "== ESLint (zero warnings)"
npx eslint --max-warnings 0 .
echo "== Custom UI build (static/ → static/build; the Forge lint below reads the manifest's resources)"
npm run --silent build:ui
echo "== Jest (unit, properties, offline forge lint, the UI in a browser)"
npx jest --ci --maxWorkers=2
echo "== Business time and rules under other host time zones (nothing may depend on TZ)"
for tz in Pacific/Chatham America/St_Johns Asia/Kathmandu; do
  TZ=$tz PROPERTY_RUNS=25 npx jest --ci --silent test/unit/time test/unit/rules
done
