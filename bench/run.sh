#!/usr/bin/env bash
# Reproduces the performance figures of README.md on this machine, each beside its comparison:
#   - `ids --jsonl` over the page corpus (../shared/corpus/html, each page one JSON line, repeated
#     to >= 25 MB) against v0.2.0's regexes under node (bench/v020_regexes.mjs; goal >= 10x);
#   - `ids --jsonl` over id-free prose (the GPL-3 text, one paragraph a line, 50 MB; goal >= 1 GB/s),
#     beside `wc -l` on the same file;
#   - hostile repetitions (8 MiB each, one text; goal >= 50 MB/s each), and 8 MiB of distinct ids;
#   - `pdf --json` against `pdftotext -l 1` on each corpus PDF (goal <= 1.5x the median);
#   - then the request, persistent-host, click-during-a-download, PDF and browser benchmarks.
# Throughput is best of RUNS (default 5), by wall clock and by CPU time (user + sys), which a busy
# machine inflates less. Usage: bench/run.sh [BUILD_DIR] [RUNS] [--text]  (--text: the first three
# text rows only, a short hold of the bench lock)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
runs=${2:-5}
bin="$build/coolpapers"
[[ -x "$bin" ]] || { echo "build first: cmake -S . -B $build && cmake --build $build -j2" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# best_of FILE CMD…: runs CMD < FILE RUNS times; prints "best_wall best_cpu" in seconds.
best_of() {
  local input=$1; shift
  local TIMEFORMAT='%3R %3U %3S' best_wall= best_cpu=
  for ((i = 0; i < runs; i++)); do
    local r u s
    read -r r u s < <({ time "$@" < "$input" > /dev/null; } 2>&1)
    best_wall=$(awk -v t="$r" -v b="$best_wall" 'BEGIN { print (b == "" || t < b) ? t : b }')
    best_cpu=$(awk -v t="$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')" -v b="$best_cpu" 'BEGIN { print (b == "" || t < b) ? t : b }')
  done
  echo "$best_wall $best_cpu"
}

# rate BYTES SECONDS: MB/s (a floor of 1 ms keeps tiny times finite).
rate() { awk -v n="$1" -v t="$2" 'BEGIN { if (t < 0.001) t = 0.001; printf "%.0f", n / 1e6 / t }'; }

grow() {  # grow FILE BYTES SOURCE: FILE becomes SOURCE repeated to at least BYTES (doubling)
  local file=$1 size=$2
  cat "$3" > "$file"
  while [[ $(stat -c %s "$file") -lt $size ]]; do cat "$file" "$file" > "$file.2" && mv "$file.2" "$file"; done
}

echo "Load while measuring: $(cut -d ' ' -f 1-3 /proc/loadavg) on $(nproc) cores; best of $runs runs."

# The page corpus, one JSON line per page.
node -e '
  const fs = require("fs"), dir = process.argv[1];
  for (const f of fs.readdirSync(dir).sort())
    if (f.endsWith(".html")) process.stdout.write(JSON.stringify(fs.readFileSync(`${dir}/${f}`, "utf8")) + "\n");
' ../shared/corpus/html > "$work/page.jsonl"
grow "$work/pages.jsonl" 25000000 "$work/page.jsonl"
bytes=$(stat -c %s "$work/pages.jsonl")
read -r ours_wall ours_cpu < <(best_of "$work/pages.jsonl" "$bin" ids --jsonl)
read -r node_wall node_cpu < <(best_of "$work/pages.jsonl" node bench/v020_regexes.mjs)
awk -v n="$bytes" -v ow="$ours_wall" -v oc="$ours_cpu" -v nw="$node_wall" -v nc="$node_cpu" 'BEGIN {
  printf "page corpus (%.1f MB): ids --jsonl %.0f MB/s wall, %.0f MB/s CPU; v0.2.0 regexes under node %.0f / %.0f MB/s: %.1fx wall, %.1fx CPU (goal >= 10x)\n",
    n / 1e6, n / 1e6 / ow, n / 1e6 / oc, n / 1e6 / nw, n / 1e6 / nc, nw / ow, nc / oc }'

# Id-free prose: the GPL-3 text, one paragraph a JSON line.
node -e '
  const text = require("fs").readFileSync("/usr/share/common-licenses/GPL-3", "utf8");
  for (const p of text.split(/\n\s*\n/)) if (p.trim()) process.stdout.write(JSON.stringify(p) + "\n");
' > "$work/paragraphs.jsonl"
grow "$work/prose.jsonl" 50000000 "$work/paragraphs.jsonl"
bytes=$(stat -c %s "$work/prose.jsonl")
read -r ours_wall ours_cpu < <(best_of "$work/prose.jsonl" "$bin" ids --jsonl)
read -r wc_wall wc_cpu < <(best_of "$work/prose.jsonl" wc -l)
echo "id-free prose ($((bytes / 1000000)) MB): ids --jsonl $(rate "$bytes" "$ours_wall") MB/s wall, $(rate "$bytes" "$ours_cpu") MB/s CPU (goal >= 1000 MB/s); wc -l $(rate "$bytes" "$wc_wall") / $(rate "$bytes" "$wc_cpu") MB/s"

# Hostile repetitions, 8 MiB each, as one text: each used to re-read a window at every repeat.
echo "hostile inputs (8 MiB each, one text; goal >= 50 MB/s each), MB/s wall / CPU:"
for unit in 'papers.cool/venue/,,,,,,,,,,' 'openreview.net/forum?a=b&' 'openreview.net/notes?id=x&' \
            'https://x.org/a/\n' 'https://x.org/a.\n' 'arxiv.org/\n' '2305.10601,' 'x:2305.10601/' \
            '2023.a-' '1.' 'a/' '%41' 'pmlr-'; do
  printf '%b' "$unit" > "$work/unit"
  grow "$work/hostile" 8388608 "$work/unit"
  truncate -s 8388608 "$work/hostile"
  bytes=$(stat -c %s "$work/hostile")
  read -r wall cpu < <(best_of "$work/hostile" "$bin" ids)
  printf '  %-32s %5s / %5s\n' "$unit" "$(rate "$bytes" "$wall")" "$(rate "$bytes" "$cpu")"
done

# Distinct ids, 8 MiB as one text: every hit is a new id, the first-appearance table's worst case
# (the CLI holds and prints every one; the host keeps 20,480 and counts the rest).
node -e '
  let text = "";
  for (let i = 0; text.length < 8388608; ++i)
    text += `${15 + Math.floor(i / 1200000) % 10}${String(1 + Math.floor(i / 100000) % 12).padStart(2, "0")}.${String(i % 100000).padStart(5, "0")} `;
  process.stdout.write(text.slice(0, 8388608));
' > "$work/distinct"
read -r wall cpu < <(best_of "$work/distinct" "$bin" ids)
echo "distinct ids (8 MiB, one text; goal >= 50 MB/s): ids $(rate 8388608 "$wall") MB/s wall, $(rate 8388608 "$cpu") MB/s CPU"

[[ ${3:-} == --text ]] && exit 0
bench/pdf_vs_pdftotext.sh "$build" "$runs"
"$build/bench/host_bench" "$bin"
"$build/bench/title_bench"
"$build/bench/click_during_download" "$bin"   # a minute: a click while a 60 s download runs
bench/pdf_bench.sh "$build"
COOLPAPERS_BIN="$PWD/$bin" node bench/e2e_bench.mjs
