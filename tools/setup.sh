#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install the build dependencies, build, register
# the host with every browser found, and resolve an example.
set -euo pipefail
cd "$(dirname "$0")/.."

./tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j2
# Registers the browsers found; none yet (a fresh machine) is not a failed setup.
./build/coolpapers install ||
  echo "setup: no browser registered; after installing one, run ./build/coolpapers install (or --browser NAME)"
echo
echo "Example: ./build/coolpapers url 'see arXiv:2305.10601v2 and https://openreview.net/forum?id=YicbFdNTTy'"
./build/coolpapers url 'see arXiv:2305.10601v2 and https://openreview.net/forum?id=YicbFdNTTy'
