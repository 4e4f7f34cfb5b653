#!/usr/bin/env bash
# Fuzzing (issue 7): builds the libFuzzer targets with clang, ASan and UBSan in build-fuzz/, makes
# fresh seeds from ../shared/corpus and the unit-test cases, and runs each target for SECONDS.
#
#   tools/fuzz.sh TARGET SECONDS [-- libFuzzer flags…]   TARGET: extract, nm, text_steps, pdf
#   tools/fuzz.sh all SECONDS                             every target in turn (CI: all 30)
#   options before TARGET:
#     --build-dir DIR   default build-fuzz
#     --no-build        use the targets already built (the fuzz.* ctests do this)
#     --jobs N          for `all`: run N targets at a time (default 1)
#
# The corpus a run grows is kept in DIR/fuzz-corpus/TARGET and reused by the next run; crash,
# timeout and out-of-memory inputs are written to DIR/fuzz-artifacts/TARGET/. The exit status is
# 0 when every target ran its time without a finding, 1 otherwise (and 2 for bad usage).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

build_dir=build-fuzz
build=1
jobs=1
while [[ $# -gt 0 && $1 == --* ]]; do
    case $1 in
        --build-dir) build_dir=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        --jobs) jobs=$2; shift 2 ;;
        *) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
if [[ $# -lt 2 || ! $2 =~ ^[0-9]+$ ]]; then
    sed -n '2,15p' "$0" >&2
    exit 2
fi
target=$1 seconds=$2
shift 2
[[ ${1:-} == -- ]] && shift
all_targets=(extract nm text_steps pdf)
if [[ $target == all ]]; then
    targets=("${all_targets[@]}")
elif [[ " ${all_targets[*]} " == *" $target "* ]]; then
    targets=("$target")
else
    echo "fuzz.sh: no target '$target' (targets: ${all_targets[*]} all)" >&2
    exit 2
fi
[[ $build_dir == /* ]] || build_dir=$root/$build_dir

if [[ $build == 1 ]]; then
    cxx=$(command -v clang++ || command -v clang++-14 || true)
    if [[ -z $cxx ]]; then
        echo "fuzz.sh: clang++ is needed (apt-get install clang libclang-rt-14-dev)" >&2
        exit 2
    fi
    cmake -S . -B "$build_dir" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCOOLPAPERS_FUZZ=ON -DCOOLPAPERS_SANITIZE=ON >/dev/null
    cmake --build "$build_dir" -j"${FUZZ_BUILD_JOBS:-2}" --target fuzz_seed_cases "${targets[@]/#/fuzz_}"
fi

bin_dir=$build_dir/tests/fuzz
# Fresh seeds for every run, in a directory of its own (ctest may run several at once).
mkdir -p "$build_dir"
seeds=$(mktemp -d "$build_dir/fuzz-seeds.XXXXXX")
trap 'rm -rf "$seeds"' EXIT
python3 tests/fuzz/make_seeds.py --out "$seeds" --shared "$root/../shared" \
    --cases-bin "$bin_dir/fuzz_seed_cases" >/dev/null

# Per-target libFuzzer flags: dictionary, input size, per-input time and memory limits.
flags_for() {
    local dict=$build_dir/fuzz-dicts/$1.dict
    mkdir -p "$build_dir/fuzz-dicts"
    case $1 in
        extract | text_steps)
            cp tests/fuzz/ids.dict "$dict"
            echo "-dict=$dict -max_len=65536 -timeout=10" ;;
        nm)
            cat tests/fuzz/ids.dict tests/fuzz/json.dict >"$dict"
            echo "-dict=$dict -max_len=65536 -timeout=10" ;;
        pdf)
            cp tests/fuzz/pdf.dict "$dict"
            echo "-dict=$dict -max_len=262144 -timeout=30 -rss_limit_mb=3072 -detect_leaks=0" ;;
    esac
}

run_one() {
    local t=$1 exe=$bin_dir/fuzz_$1
    shift
    if [[ ! -x $exe ]]; then
        echo "fuzz.sh: $exe is not built (configure with clang and -DCOOLPAPERS_FUZZ=ON)" >&2
        return 1
    fi
    local corpus=$build_dir/fuzz-corpus/$t artifacts=$build_dir/fuzz-artifacts/$t log=$build_dir/fuzz-logs/$t.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    # shellcheck disable=SC2046
    local asan=${ASAN_OPTIONS:-}
    # Poppler's fontconfig keeps caches that LeakSanitizer reports at exit: not our findings.
    [[ $t == pdf ]] && asan="detect_leaks=0${asan:+:$asan}"
    if ASAN_OPTIONS=$asan COOLPAPERS_PDF_HELPER=/nonexistent "$exe" $(flags_for "$t") -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$@" "$corpus" "$seeds/$t" >"$log" 2>&1; then
        local execs cov
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
        echo "fuzz.sh: $t ok: ${seconds}s, ${execs:-?} executions, ${cov:-cov: ?}, corpus $(ls "$corpus" | wc -l) (log $log)"
    else
        echo "fuzz.sh: $t FAILED (log $log); inputs in $artifacts:" >&2
        grep -E 'ERROR|SUMMARY|Test unit written|==[0-9]+==' "$log" | head -20 >&2 || true
        ls -1 "$artifacts" >&2
        return 1
    fi
}

status=0
if [[ $jobs -le 1 ]]; then
    for t in "${targets[@]}"; do run_one "$t" "$@" || status=1; done
else
    running=()
    for t in "${targets[@]}"; do
        if [[ ${#running[@]} -ge $jobs ]]; then
            wait "${running[0]}" || status=1
            running=("${running[@]:1}")
        fi
        run_one "$t" "$@" &
        running+=($!)
    done
    for p in "${running[@]}"; do wait "$p" || status=1; done
fi
exit $status
