#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine: the system browser(s) from
# Debian's packages (no test tool downloads a browser of its own here), then the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)

if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "Missing Debian packages: ${packages[*]}. Install them as root: apt-get install -y ${packages[*]}" >&2
    exit 1
  fi
  echo "Installing Debian packages: ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# Puppeteer (for Firefox through WebDriver BiDi) must not fetch a browser of its own.
export PUPPETEER_SKIP_DOWNLOAD=1
npm ci --no-audit --no-fund
