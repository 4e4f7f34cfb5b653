#!/usr/bin/env bash
# Every test, from a fresh checkout (what .ci/run runs):
#   1. installs what is missing (Debian packages; npm packages for the browser tests),
#   2. builds with warnings as errors and runs the unit and integration tests (ctest),
#   3. runs the end-to-end tests in real Chromium against the built host.
set -euo pipefail
cd "$(dirname "$0")/.."

./tools/install-deps.sh --test

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCOOLPAPERS_WERROR=ON
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2

COOLPAPERS_BIN="$PWD/build/coolpapers" tests/e2e/run.sh
