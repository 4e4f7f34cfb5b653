#!/usr/bin/env bash
# Every test, from a fresh checkout: installs what is missing, builds with warnings as errors,
# and runs the unit and integration tests (ctest).
set -euo pipefail
cd "$(dirname "$0")/.."

./tools/install-deps.sh --test

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCOOLPAPERS_WERROR=ON
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2
