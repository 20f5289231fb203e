#!/usr/bin/env bash
# Performance figures of skillgap on the real data.
#
#   bash scripts/bench.sh [--criterion] [--million]    from the repository root
#
# Builds the release binary, then:
#   (a) times a full ingest of ../shared/datasets: wall time, peak RSS, postings/s;
#   (b) generates 100k synthetic postings (scripts/gen-postings.py) and times their ingest
#       with the O*NET, ESCO and crosswalk releases: wall time, peak RSS, postings/s;
#   (c) ranks the skills of the TECH development gold sentences: sentences/s;
#   (d) with --criterion: `cargo bench -p skillgap-core --bench extract` on the full index
#       (extraction MB/s, rank_skills sentences/s);
#   (e) append vs rebuild: APPEND_N (default 10000) synthetic postings appended to the full
#       index (`ingest --append --postings`) vs a full rebuild including them (`ingest --data
#       DIR --postings`): both times, the ratio (target >= 10x) and whether demand.json is
#       byte-identical;
#   (f) with --million: ingest of 1,000,000 synthetic postings (with the O*NET, ESCO and
#       crosswalk releases), once: wall time, postings/s and peak RSS (target < 2 GiB).
# Each timed ingest runs REPEAT times (default 3) and the median is printed. Without the
# datasets (../shared/datasets, or SKILLGAP_DATASETS) the data parts are skipped with the
# reason. Settings: REPEAT, SYNTH_N (default 100000), APPEND_N, SKILLGAP_DATASETS. Do not run other heavy
# jobs at the same time: the machine's cores are the measurement.
set -euo pipefail

cd "$(dirname "$0")/.."

CRITERION=0
MILLION=0
for arg in "$@"; do
    case "$arg" in
        --criterion) CRITERION=1 ;;
        --million) MILLION=1 ;;
        -h | --help)
            sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "bench.sh: unknown argument '$arg' (try --help)" >&2
            exit 2
            ;;
    esac
done

REPEAT=${REPEAT:-3}
SYNTH_N=${SYNTH_N:-100000}
APPEND_N=${APPEND_N:-10000}
DATA=${SKILLGAP_DATASETS:-../shared/datasets}
if ! [[ "$REPEAT" =~ ^[1-9][0-9]*$ ]]; then
    echo "bench.sh: REPEAT must be a positive integer, found '$REPEAT'" >&2
    exit 2
fi
# The environment must not change what is measured.
unset SKILLGAP_INDEX SKILLGAP_DATA SKILLGAP_JSON SKILLGAP_LOG SKILLGAP_THREADS SKILLGAP_SAMPLE

TMP=$(mktemp -d "${TMPDIR:-/tmp}/skillgap-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

echo "== build (release)"
cargo build --release --quiet
BIN="${CARGO_TARGET_DIR:-target}/release/skillgap"
echo "binary: $BIN ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"

HAVE_TIME=0
if /usr/bin/time -v true >/dev/null 2>&1; then
    HAVE_TIME=1
else
    echo "note: /usr/bin/time -v is not available (apt-get install time): peak RSS not measured"
fi

# median N1 N2 ...: the median of numbers (mean of the two middle ones for an even count).
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "nan"; exit }
        if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# timed LOG CMD...: runs CMD, output to LOG; sets WALL (s) and RSS (MiB, or "?"). Exit codes 0
# and 3 (index published, some rows rejected) are success.
timed() {
    local log=$1
    shift
    local rc=0
    if [ "$HAVE_TIME" = 1 ]; then
        /usr/bin/time -v -o "$TMP/time.txt" "$@" >"$log" 2>&1 || rc=$?
    else
        local t0 t1
        t0=$(date +%s.%N)
        "$@" >"$log" 2>&1 || rc=$?
        t1=$(date +%s.%N)
        echo "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')" >"$TMP/time.txt"
    fi
    if [ "$HAVE_TIME" = 1 ] && grep -q 'Command exited with non-zero status' "$TMP/time.txt"; then
        rc=$(sed -n 's/.*Command exited with non-zero status \([0-9]*\).*/\1/p' "$TMP/time.txt")
    fi
    if [ "$rc" != 0 ] && [ "$rc" != 3 ]; then
        echo "command failed (exit $rc): $*" >&2
        tail -n 20 "$log" >&2
        return 1
    fi
    # h:mm:ss or m:ss(.cc) -> seconds.
    WALL=$(sed -n 's/.*Elapsed (wall clock) time[^:]*: *//p' "$TMP/time.txt" |
        awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }')
    RSS=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$TMP/time.txt" |
        awk '{ printf "%.0f", $1 / 1024 }')
    RSS=${RSS:-?}
}

# postings INDEX: the number of postings the index holds.
postings() {
    "$BIN" --index "$1" --json info |
        python3 -c 'import json, sys; print(json.load(sys.stdin).get("counts", {}).get("postings", 0))'
}

# bench_ingest NAME INDEX ARGS...: REPEAT timed ingests into a fresh INDEX; prints the median.
bench_ingest() {
    local name=$1 index=$2
    shift 2
    local walls=() rsss=() i
    for ((i = 1; i <= REPEAT; i++)); do
        rm -rf "$index"
        timed "$TMP/$name-$i.log" "$BIN" ingest --index "$index" "$@"
        echo "  run $i/$REPEAT: ${WALL} s wall, ${RSS} MiB peak RSS"
        walls+=("$WALL")
        [ "$RSS" != "?" ] && rsss+=("$RSS")
    done
    walls_last=("${walls[@]}")
    local n wall rss
    n=$(postings "$index")
    wall=$(median "${walls[@]}")
    rss=$( ((${#rsss[@]})) && median "${rsss[@]}" || echo "?")
    printf '%s: median of %d: %.2f s wall, %s MiB peak RSS, %d postings, %.0f postings/s\n' \
        "$name" "$REPEAT" "$wall" "$rss" "$n" "$(awk -v n="$n" -v w="$wall" 'BEGIN { print (w > 0 ? n / w : 0) }')"
}

FULL=""
if [ ! -d "$DATA/onet" ] || [ ! -d "$DATA/esco" ]; then
    echo "== skipping (a) full ingest, (b) synthetic ingest and (c) eval: no datasets at $DATA (set SKILLGAP_DATASETS)"
else
    echo "== (a) full ingest: $BIN ingest --data $DATA"
    bench_ingest "full ingest" "$TMP/full" --data "$DATA"
    FULL="$TMP/full"

    echo "== (b) $SYNTH_N synthetic postings"
    if ! command -v python3 >/dev/null; then
        echo "skipping: python3 is not installed"
    else
        t0=$(date +%s.%N)
        python3 scripts/gen-postings.py --data "$DATA" --n "$SYNTH_N" --out "$TMP/synth.jsonl" 2>/dev/null
        t1=$(date +%s.%N)
        printf 'generated %s postings (%s MB) in %.1f s\n' "$SYNTH_N" \
            "$(($(stat -c %s "$TMP/synth.jsonl") / 1000000))" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')"
        bench_ingest "synthetic ingest" "$TMP/synth" \
            --onet "$DATA/onet" --esco "$DATA/esco" \
            --crosswalk "$DATA/crosswalks/esco_onet_crosswalk_Nov2020.csv" \
            --postings "$TMP/synth.jsonl"
        rm -rf "$TMP/synth" "$TMP/synth.jsonl"
    fi

    GOLD="$DATA/dev-gold/tech_validation_annotations.csv"
    echo "== (c) eval skills on $GOLD"
    if [ -f "$GOLD" ]; then
        "$BIN" eval skills --gold "$GOLD" --index "$FULL" --json |
            python3 -c "import json, sys
r = json.load(sys.stdin)
rp5 = r.get('rp@5', r.get('rp5', float('nan')))
print('rank_skills: %d sentences, %.0f sentences/s (rp@5 %.3f, mrr %.3f)'
      % (r['queries'], r['per_second'], rp5, r.get('mrr', float('nan'))))"
    else
        echo "skipping: $GOLD is absent"
    fi
fi

live_demand() {
    echo "$1/$(tr -d '\n' <"$1/CURRENT")/demand.json"
}

if [ -n "$FULL" ]; then
    echo "== (e) append $APPEND_N postings to the full index vs a full rebuild including them"
    python3 scripts/gen-postings.py --data "$DATA" --n "$APPEND_N" --seed 7 --out "$TMP/append.jsonl" 2>/dev/null
    walls=()
    for ((i = 1; i <= REPEAT; i++)); do
        rm -rf "$TMP/appended"
        cp -a "$FULL" "$TMP/appended"
        timed "$TMP/append-$i.log" "$BIN" ingest --index "$TMP/appended" --append --postings "$TMP/append.jsonl"
        echo "  append run $i/$REPEAT: ${WALL} s wall, ${RSS} MiB peak RSS"
        walls+=("$WALL")
    done
    APPEND_WALL=$(median "${walls[@]}")
    bench_ingest "rebuild with them" "$TMP/rebuilt" --data "$DATA" --postings "$TMP/append.jsonl"
    REBUILD_WALL=$(median "${walls_last[@]}")
    if cmp -s "$(live_demand "$TMP/appended")" "$(live_demand "$TMP/rebuilt")"; then
        SAME=yes
    else
        SAME=NO
    fi
    printf 'append vs rebuild: %.2f s vs %.2f s = %.1fx faster (target >= 10x); demand.json identical: %s; postings %d vs %d\n' \
        "$APPEND_WALL" "$REBUILD_WALL" "$(awk -v a="$APPEND_WALL" -v b="$REBUILD_WALL" 'BEGIN { print (a > 0 ? b / a : 0) }')" \
        "$SAME" "$(postings "$TMP/appended")" "$(postings "$TMP/rebuilt")"
    rm -rf "$TMP/appended" "$TMP/rebuilt" "$TMP/append.jsonl"
fi

if [ "$MILLION" = 1 ]; then
    echo "== (f) 1,000,000 synthetic postings"
    if [ ! -d "$DATA/onet" ]; then
        echo "skipping: no datasets at $DATA"
    else
        t0=$(date +%s.%N)
        python3 scripts/gen-postings.py --data "$DATA" --n 1000000 --out "$TMP/million.jsonl" 2>/dev/null
        t1=$(date +%s.%N)
        printf 'generated 1,000,000 postings (%s MB) in %.0f s\n' \
            "$(($(stat -c %s "$TMP/million.jsonl") / 1000000))" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')"
        timed "$TMP/million.log" "$BIN" ingest --index "$TMP/million" \
            --onet "$DATA/onet" --esco "$DATA/esco" \
            --crosswalk "$DATA/crosswalks/esco_onet_crosswalk_Nov2020.csv" \
            --postings "$TMP/million.jsonl"
        n=$(postings "$TMP/million")
        printf '1M postings: %.1f s wall, %d postings, %.0f postings/s, %s MiB peak RSS (target < 2048: %s)\n' \
            "$WALL" "$n" "$(awk -v n="$n" -v w="$WALL" 'BEGIN { print (w > 0 ? n / w : 0) }')" "$RSS" \
            "$(awk -v r="$RSS" 'BEGIN { print (r != "?" && r < 2048) ? "ok" : "NOT MET" }')"
        rm -rf "$TMP/million" "$TMP/million.jsonl"
    fi
fi

if [ "$CRITERION" = 1 ]; then
    echo "== (d) criterion: cargo bench -p skillgap-core --bench extract"
    if [ -n "$FULL" ]; then
        SKILLGAP_BENCH_INDEX="$FULL" cargo bench -p skillgap-core --bench extract
    else
        echo "(no full index: the bench uses index/ if it holds one, else skips)"
        cargo bench -p skillgap-core --bench extract
    fi
fi
