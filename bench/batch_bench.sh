#!/usr/bin/env bash
# A whole library at once: `coolpapers pdf --jobs 2 DIR` on 500 corpus PDFs (the corpus repeated
# under distinct names) against `find DIR -name '*.pdf' -print0 | xargs -0 -P2 -n1 pdftotext -l 1`
# on the same files, side by side, alternating, several rounds; goal: within 1.25x of pdftotext.
# Then one more run of each with the peak resident memory of the whole process tree sampled
# (coolpapers and its helpers; xargs and its pdftotext processes), against jobs x the helper's limit.
# Usage: bench/batch_bench.sh [BUILD_DIR] [FILES] [ROUNDS]   (defaults: build, 500, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
files=${2:-500}
rounds=${3:-5}
bin="$build/coolpapers"
corpus=../shared/corpus/pdf
[[ -x "$bin" && -x "$build/coolpapers-pdf" ]] || { echo "build first: cmake -S . -B $build && cmake --build $build -j2" >&2; exit 2; }
command -v pdftotext > /dev/null || { echo "pdftotext (poppler-utils) is needed for the comparison" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/lib"
mapfile -t sources < <(ls "$corpus"/*.pdf)
for ((i = 0; i < files; i++)); do
  src=${sources[i % ${#sources[@]}]}
  cp "$src" "$work/lib/$(printf '%04d' "$i")_$(basename "$src")"
done
cat "$work"/lib/*.pdf > /dev/null  # both sides start with the files in the page cache

run_coolpapers() { "$bin" pdf --jobs 2 "$work/lib" > "$work/records.tsv" 2> "$work/summary.txt"; }
run_pdftotext() {
  find "$work/lib" -name '*.pdf' -print0 | xargs -0 -P2 -n1 pdftotext -l 1 2> /dev/null  # its syntax warnings
  rm -f "$work"/lib/*.txt
}
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" || true  # exit 1 (no id in some files) is not a failure here
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
}

# Sum of the resident memory of PID and its descendants, sampled every 20 ms; prints the peak in MB.
peak_tree_mb() {
  local pid=$1 peak=0 now
  while kill -0 "$pid" 2> /dev/null; do
    now=$(ps -e -o pid=,ppid=,rss= | awk -v root="$pid" '
      { parent[$1] = $2; rss[$1] = $3 }
      END { for (p in rss) { q = p; while (q != "" && q != root && q in parent && q != 1) q = parent[q];
                             if (q == root) s += rss[p] } print s + 0 }')
    ((now > peak)) && peak=$now
    sleep 0.02
  done
  awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }'
}

echo "$files PDFs ($(du -sm "$work/lib" | cut -f1) MB), 2 jobs each, $rounds rounds alternating; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg):"
ratios=()
for ((r = 1; r <= rounds; r++)); do
  c=$(seconds run_coolpapers)
  p=$(seconds run_pdftotext)
  ratio=$(awk -v c="$c" -v p="$p" 'BEGIN { printf "%.2f", c / p }')
  ratios+=("$ratio")
  printf '  round %d: coolpapers %6.2f s (%5.0f PDFs/s)   pdftotext -l 1 %6.2f s (%5.0f PDFs/s)   ratio %s\n' \
    "$r" "$c" "$(awk -v n="$files" -v t="$c" 'BEGIN { print n / t }')" "$p" "$(awk -v n="$files" -v t="$p" 'BEGIN { print n / t }')" "$ratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')
echo "  median ratio coolpapers / pdftotext: $median (goal <= 1.25)"
echo "  coolpapers summary: $(tail -n 1 "$work/summary.txt")"

"$bin" pdf --jobs 2 "$work/lib" > /dev/null 2>&1 &
cool_peak=$(peak_tree_mb $!)
wait || true
( find "$work/lib" -name '*.pdf' -print0 | xargs -0 -P2 -n1 pdftotext -l 1 2> /dev/null ) &
text_peak=$(peak_tree_mb $!)
wait || true
echo "  peak resident memory of the process tree: coolpapers $cool_peak MB, pdftotext $text_peak MB" \
     "(bound: 2 jobs x 768 MB helper limit + coolpapers itself)"
