#!/usr/bin/env bash
# Runs the app locally: the Forge host, the Jira emulator with a demo site, a working day played fast.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
exec npx tsx sandbox/start.ts "$@"
