#!/usr/bin/env bash
# Debian's Chromium for the web UI's browser tests (Playwright drives it; Playwright's own browser download is
# not reachable from these machines). Installs the package when missing and prints the browser's path.
#
#   scripts/chromium.sh   # prints /usr/bin/chromium (installing it first if needed: root and apt)
#
# The tests read RASID_CHROMIUM (default /usr/bin/chromium); with RASID_REQUIRE_CHROMIUM=1 (as in CI) a missing
# browser fails the browser tests instead of skipping them.
set -euo pipefail
browser=${RASID_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$browser" ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "Chromium is not installed; install Debian's 'chromium' package (apt-get install chromium) and run this again" >&2
    exit 1
  fi
  echo "installing Chromium from Debian's packages..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium) >/dev/null
fi
"$browser" --version >&2
echo "$browser"
