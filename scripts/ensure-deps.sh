#!/usr/bin/env bash
# Installs what the app and its tests need on a fresh machine, or stops at once naming what is missing.
# Sourced by scripts/test.sh and scripts/start.sh.
set -euo pipefail

need_node_major=20
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "ITR: Node.js ${need_node_major}+ with npm is required and was not found on PATH." >&2
  exit 1
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt "$need_node_major" ]; then
  echo "ITR: Node.js ${need_node_major}+ is required; this machine has $(node -v)." >&2
  exit 1
fi

# npm packages: install when missing or when package-lock.json changed since the last install.
stamp=node_modules/.itr-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "ITR: installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi
