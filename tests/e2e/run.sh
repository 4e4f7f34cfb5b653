#!/usr/bin/env bash
# Real-browser tests of the extension against the real host.
#   COOLPAPERS_BIN  host binary (default <repo>/build/coolpapers); this script builds nothing.
#   CHROMIUM        browser (default /usr/bin/chromium); never downloaded.
#   FIREFOX         browser for firefox*.test.js (default /usr/bin/firefox-esr, Debian's), driven
#                   over Marionette with Node's standard library (tests/e2e/lib/firefox.js).
# Extra arguments go to `node --test` (e.g. a single test file).
set -euo pipefail
cd "$(dirname "$0")"

export COOLPAPERS_BIN="${COOLPAPERS_BIN:-$(cd ../.. && pwd)/build/coolpapers}"
if [[ ! -x "$COOLPAPERS_BIN" ]]; then
  echo "e2e: host binary $COOLPAPERS_BIN is missing; build it first (cmake --build build)" >&2
  exit 2
fi
# npm ci when node_modules is missing or older than the lock file; playwright-core has no browser
# to download, and the variable makes sure of it.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then files=(*.test.js); fi
# One browser at a time: the files run one after another.
exec node --test --test-concurrency=1 --test-reporter=spec "${files[@]}"
