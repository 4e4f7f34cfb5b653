#!/usr/bin/env bash
# PDF speed: `coolpapers pdf --json FILE` on every corpus PDF, the helper process included.
# Reports the median wall-clock ms per PDF (goal <= 50 ms), the slowest file, and the same for
# --all; also the median CPU ms (user + sys of coolpapers and its helper), which a busy machine
# does not inflate.
# Usage: bench/pdf_bench.sh [BUILD_DIR] [RUNS]   (defaults: build, 7 runs per file)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-7}
bin="$build/coolpapers"
corpus=../shared/corpus/pdf
[[ -x "$bin" && -x "$build/coolpapers-pdf" ]] || { echo "build first: cmake -S . -B $build && cmake --build $build -j2" >&2; exit 2; }

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# bench LABEL ARGS…: one line per file (its median), then the summary.
bench() {
  local label=$1; shift
  local per_file=() TIMEFORMAT='%3R %3U %3S'
  for pdf in "$corpus"/*.pdf; do
    local wall=() cpu=()
    for ((i = 0; i < runs; i++)); do
      local r u s
      read -r r u s < <({ time "$bin" pdf --json "$@" "$pdf" > /dev/null; } 2>&1)
      wall+=("$r")
      cpu+=("$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')")
    done
    per_file+=("$(printf '%s\n' "${wall[@]}" | median) $(printf '%s\n' "${cpu[@]}" | median) $(basename "$pdf")")
  done
  local wall_ms cpu_ms slowest
  wall_ms=$(printf '%s\n' "${per_file[@]}" | awk '{print $1 * 1000}' | median)
  cpu_ms=$(printf '%s\n' "${per_file[@]}" | awk '{print $2 * 1000}' | median)
  slowest=$(printf '%s\n' "${per_file[@]}" | sort -n | tail -n 1 | awk '{printf "%.0f ms (%s)", $1 * 1000, $3}')
  printf '%-8s median %.0f ms wall, %.0f ms CPU over %d PDFs; slowest %s\n' \
    "$label" "$wall_ms" "$cpu_ms" "${#per_file[@]}" "$slowest"
}

echo "coolpapers pdf --json, $runs runs per file, median per file, then over the files:"
bench "own ids"
bench "--all" --all
