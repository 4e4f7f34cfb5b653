#!/usr/bin/env bash
# Reproduces the performance figures of README.md on this machine:
#   - `ids --jsonl` throughput over the page corpus repeated to >= 25 MB (goal >= 300 MB/s),
#   - one short request in a fresh process, CLI and host mode (goal <= 3 ms),
#   - a persistent host (goal >= 20 000 resolve requests/s).
# Usage: bench/run.sh [BUILD_DIR]   (default: build, configured and built by tools/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
bin="$build/coolpapers"
corpus=../shared/corpus/text/pages.jsonl
[[ -x "$bin" ]] || { echo "build first: cmake -S . -B $build && cmake --build $build -j2" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
while [[ $(stat -c %s "$work/pages.jsonl" 2>/dev/null || echo 0) -lt 25000000 ]]; do cat "$corpus" >> "$work/pages.jsonl"; done
bytes=$(stat -c %s "$work/pages.jsonl")

best=
for _ in 1 2 3 4 5; do
  start=$(date +%s.%N)
  "$bin" ids --jsonl < "$work/pages.jsonl" > "$work/out.jsonl"
  end=$(date +%s.%N)
  best=$(awk -v s="$start" -v e="$end" -v b="$best" 'BEGIN { t = e - s; print (b == "" || t < b) ? t : b }')
done
awk -v n="$bytes" -v t="$best" 'BEGIN {
  printf "ids --jsonl: %.1f MB in %.3f s = %.0f MB/s, output included (best of 5; goal >= 300 MB/s)\n", n / 1e6, t, n / 1e6 / t }'

"$build/bench/host_bench" "$bin"
bench/pdf_bench.sh "$build"
COOLPAPERS_BIN="$PWD/$bin" node bench/e2e_bench.mjs
