#!/usr/bin/env bash
# Runs every cargo-fuzz target of fuzz/ in turn for SECONDS each (default 60), with
# AddressSanitizer, and reports per target the executions and whether it crashed.
#
# Usage: scripts/fuzz.sh [SECONDS]          e.g. scripts/fuzz.sh 120 (about 25 minutes)
#        FUZZ_TARGETS="table extract" scripts/fuzz.sh 30   (only those targets)
#
# Prerequisites: cargo-fuzz (`cargo install cargo-fuzz`) and a C++ toolchain for libFuzzer.
# The stable toolchain is enough: RUSTC_BOOTSTRAP=1 lets it take the nightly-only sanitizer
# flags. The corpus (fuzz/corpus/<target>/, git-ignored) is seeded from data/sample first by
# scripts/fuzz-seeds.py and grows across runs; crashing inputs land in
# fuzz/artifacts/<target>/ (reproduce with `RUSTC_BOOTSTRAP=1 cargo fuzz run TARGET FILE`) and
# each run's libFuzzer output in fuzz/artifacts/logs/<target>.log.
# Exits non-zero if any target crashed (a panic, a sanitizer error, a leak, an out-of-memory
# or a time-out of one input).
set -uo pipefail

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: $0 [SECONDS]" >&2
    exit 2
fi
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
export PATH="$HOME/.cargo/bin:$PATH"
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "cargo-fuzz is missing: cargo install cargo-fuzz" >&2
    exit 2
fi

all_targets=(onet esco crosswalk postings_csv postings_jsonl postings_schemaorg
    credentials_csv credentials_json open_badges ctdl extract table)
read -r -a targets <<< "${FUZZ_TARGETS:-${all_targets[*]}}"

python3 scripts/fuzz-seeds.py || exit 2
mkdir -p fuzz/artifacts/logs
echo "building the fuzz targets (release, AddressSanitizer)..."
if ! cargo fuzz build >fuzz/artifacts/logs/build.log 2>&1; then
    tail -n 40 fuzz/artifacts/logs/build.log >&2
    exit 2
fi

failed=0
results=()
for t in "${targets[@]}"; do
    log="fuzz/artifacts/logs/$t.log"
    echo "fuzzing $t for ${seconds}s..."
    cargo fuzz run "$t" -- -max_total_time="$seconds" -print_final_stats=1 \
        -rss_limit_mb=2048 -timeout=30 >"$log" 2>&1
    status=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$')
    if [ -z "$execs" ]; then
        # No final stats (it crashed): the last status line's count.
        execs=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#')
    fi
    if [ "$status" -eq 0 ]; then
        verdict="no crash"
    else
        verdict="CRASH (exit $status; see $log)"
        artifact=$(grep -o 'Test unit written to [^ ]*' "$log" | tail -n 1 | sed 's/Test unit written to //')
        [ -n "$artifact" ] && verdict="$verdict input: $artifact"
        failed=1
    fi
    results+=("$(printf '%-20s %12s executions  %s' "$t" "${execs:-?}" "$verdict")")
    echo "${results[-1]}"
done

echo
echo "fuzz.sh: ${seconds}s per target"
printf '%s\n' "${results[@]}"
exit "$failed"
