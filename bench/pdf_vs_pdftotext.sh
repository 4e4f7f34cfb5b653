#!/usr/bin/env bash
# `coolpapers pdf --json FILE` (helper process, page 1 and the title index included) against
# `pdftotext -l 1 FILE -` (poppler reading page 1 alone) on every corpus PDF: the median over the
# files of each one's best-of-RUNS wall time, and the ratio (goal <= 1.5x).
# Usage: bench/pdf_vs_pdftotext.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-5}
bin="$build/coolpapers"
command -v pdftotext > /dev/null || { echo "pdftotext missing (poppler-utils)" >&2; exit 2; }

best_ms() {
  local TIMEFORMAT='%3R' best=
  for ((i = 0; i < runs; i++)); do
    local t
    t=$({ time "$@" > /dev/null 2>&1; } 2>&1)
    best=$(awk -v t="$t" -v b="$best" 'BEGIN { print (b == "" || t < b) ? t : b }')
  done
  awk -v b="$best" 'BEGIN { print b * 1000 }'
}

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

ours=() theirs=()
for pdf in ../shared/corpus/pdf/*.pdf; do
  ours+=("$(best_ms "$bin" pdf --json "$pdf")")
  theirs+=("$(best_ms pdftotext -l 1 "$pdf" -)")
done
a=$(printf '%s\n' "${ours[@]}" | median)
b=$(printf '%s\n' "${theirs[@]}" | median)
awk -v a="$a" -v b="$b" -v n="${#ours[@]}" 'BEGIN {
  printf "pdf --json %.1f ms vs pdftotext -l 1 %.1f ms (median of %d PDFs, best of each): %.2fx (goal <= 1.5x)\n", a, b, n, a / b }'
