#!/usr/bin/env bash
# First command for a new machine: installs the browsers (Debian packages, where apt exists), the npm
# dependencies, builds the extension for Chrome and Firefox, and runs the demo.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
# A virtual display and key presses for the keyboard-shortcut test.
[ -x /usr/bin/Xvfb ] || need+=(xvfb xauth)
[ -x /usr/bin/xdotool ] || need+=(xdotool)
if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing ${need[*]} from Debian packages..."
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
  else
    echo "No apt-get here: install Chromium and Firefox ESR yourself, or set CHROMIUM_PATH and FIREFOX_PATH." >&2
  fi
fi

npm ci --no-audit --no-fund
npm run build
npm run demo
