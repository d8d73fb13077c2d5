#!/usr/bin/env bash
# Installs what the app and its tests need on a fresh machine, or stops at once naming what is missing.
# Sourced by scripts/test.sh and scripts/start.sh.
set -euo pipefail

# The tests run on Node 22, Forge's nodejs22.x. An older Node installs the official Node 22 binary that
# the npm package node-linux-<arch> ships inside its tarball (no install script, no other download) into
# .tmp/node22, and everything below runs on it through PATH.
need_node_major=22
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "ITR: Node.js with npm is required and was not found on PATH." >&2
  exit 1
fi
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt "$need_node_major" ]; then
  node22_dir="$PWD/.tmp/node22"
  arch=$(node -p 'process.arch')
  node22="$node22_dir/node_modules/node-linux-$arch/bin"
  if [ ! -x "$node22/node" ]; then
    echo "ITR: this machine has Node $(node -v); installing Node ${need_node_major} (npm package node-linux-$arch) into .tmp/node22…"
    [ "$(node -p 'process.platform')" = linux ] || { echo "ITR: Node ${need_node_major}+ is required on this OS." >&2; exit 1; }
    npm install --prefix "$node22_dir" --no-save --no-audit --no-fund --no-package-lock "node-linux-$arch@$need_node_major" >/dev/null ||
      { echo "ITR: could not install Node ${need_node_major}; install Node ${need_node_major}+ and retry." >&2; exit 1; }
  fi
  export PATH="$node22:$PATH"
  [ "$(node -p 'process.versions.node.split(".")[0]')" -ge "$need_node_major" ] ||
    { echo "ITR: Node ${need_node_major} from .tmp/node22 does not run here." >&2; exit 1; }
  echo "ITR: using Node $(node -v) from .tmp/node22"
fi

# npm packages: install when missing or when package-lock.json changed since the last install.
stamp=node_modules/.itr-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "ITR: installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

# Debian packages, as root: the package lists are refreshed once per run.
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { apt-get update -qq && apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# SQL: the integration tests and the sandbox run the app's SQL on a private MariaDB server
# (sandbox/sql/mariadb.ts), unless MYSQL_URL names an existing MySQL or MariaDB server.
if [ -z "${MYSQL_URL:-}" ]; then
  have_sql_server=""
  for bin in mariadbd mysqld; do
    if command -v "$bin" >/dev/null 2>&1 || [ -x "/usr/sbin/$bin" ] || [ -x "/usr/bin/$bin" ]; then
      have_sql_server=1
    fi
  done
  if [ -z "$have_sql_server" ]; then
    if [ "$(id -u)" -eq 0 ]; then
      echo "ITR: installing the Debian package mariadb-server (apt-get) for the SQL tests…"
      apt_install mariadb-server
    else
      echo "ITR: the SQL tests need a MariaDB server and none was found. Install the Debian package" \
        "mariadb-server (sudo apt-get install mariadb-server), or set MYSQL_URL=mysql://user:password@host:3306" \
        "to use an existing MySQL or MariaDB server." >&2
      exit 1
    fi
  fi
fi

# The browser tests drive Debian's chromium (fonts-noto-cjk renders the Chinese UI).
if { [ -z "${CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; } || [ -z "$(fc-list :lang=zh family 2>/dev/null)" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "ITR: installing the Debian packages chromium and fonts-noto-cjk (apt-get) for the browser tests…"
    apt_install chromium fonts-noto-core fonts-noto-cjk
  else
    echo "ITR: the browser tests need Chromium and CJK fonts. Install the Debian packages chromium and" \
      "fonts-noto-cjk (sudo apt-get install chromium fonts-noto-cjk), or set CHROMIUM to a Chromium binary." >&2
    exit 1
  fi
fi
