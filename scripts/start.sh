#!/usr/bin/env bash
# Runs the app locally: until the local Forge host exists, the business-time engine on sample calendars.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
exec npx tsx sandbox/sla-deadlines.ts "$@"
