#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine: the three browser engines from
# Debian's packages (no test tool downloads a browser of its own here), the virtual X server
# WebKitGTK runs under, the fonts the layout tests expect, then the npm packages.
#
#   chromium                     Chromium, driven by @web/test-runner-chrome
#   firefox-esr                  Firefox ESR, driven through Puppeteer over WebDriver BiDi
#   webkit2gtk-driver            WebKitWebDriver and WebKitGTK's MiniBrowser
#   xvfb, xauth                  xvfb-run, for WebKitWebDriver (WebKitGTK needs a display)
#   fonts-liberation, fonts-dejavu-core   the fonts every engine is set to use (scripts/test-fonts.conf)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
need() { # need PACKAGE PATH-OR-COMMAND
  if [[ "$2" == /* ]]; then [ -e "$2" ] || packages+=("$1"); else command -v "$2" >/dev/null 2>&1 || packages+=("$1"); fi
}
need chromium "${CHROMIUM_PATH:-/usr/bin/chromium}"
need firefox-esr "${FIREFOX_PATH:-/usr/bin/firefox-esr}"
need webkit2gtk-driver WebKitWebDriver
need webkit2gtk-driver "${MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
need xvfb xvfb-run
need xvfb Xvfb
need xauth xauth
need fonts-liberation /usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf
need fonts-dejavu-core /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf
# De-duplicate, keeping the order.
mapfile -t packages < <(printf '%s\n' ${packages[@]+"${packages[@]}"} | awk 'NF && !seen[$0]++')

if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "Missing Debian packages: ${packages[*]}. Install them as root: apt-get update && apt-get install -y ${packages[*]}" >&2
    exit 1
  fi
  echo "Installing Debian packages: ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  ${sudo[@]+"${sudo[@]}"} apt-get update -qq
  ${sudo[@]+"${sudo[@]}"} apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# Puppeteer (for Firefox through WebDriver BiDi) must not fetch a browser of its own.
export PUPPETEER_SKIP_DOWNLOAD=1
npm ci --no-audit --no-fund
