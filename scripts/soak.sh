#!/usr/bin/env bash
# Soak test: the HTTP API under the load mix for MINUTES while appends keep publishing.
#
#   bash scripts/soak.sh MINUTES               from the repository root
#
# Builds the release binary and the load generator, ingests the bundled sample (data/sample)
# into a temporary index, starts `skillgap serve` on it, and runs the load mix of
# scripts/loadtest.sh (crates/server/examples/loadgen.rs) one minute at a time for MINUTES
# minutes. Meanwhile a loop runs `skillgap ingest --append --postings FILE` every
# SOAK_APPEND_EVERY seconds (default 5), so the server reloads a new generation every few
# seconds under load.
#
# The appended files: SOAK_FILES (default 4) small generated files of SOAK_POSTINGS (default
# 50) postings each, used in turn. After the first round every posting of a file is already in
# the index (same ids), so later appends publish a new generation (hard links, demand state,
# reload) without adding postings: the index stays the same size however long the soak runs,
# and memory growth measures leaks rather than a growing index. SOAK_FRESH=1 generates a new
# file with new postings for every append instead (the index then grows by SOAK_POSTINGS per
# append, and so does the server's memory).
#
# Reports total and failed requests (errors and 429/503 sheds), failed appends, the p99 latency
# of the first and of the last minute, the server's RSS at minute 2 and at the end, and PASS
# or FAIL against: zero failed requests and appends, RSS growth under 10%, last p99 within 2x
# the first. Settings: SOAK_APPEND_EVERY, SOAK_FILES, SOAK_POSTINGS, SOAK_FRESH,
# LOADTEST_WORKERS (default 4), BUILD_JOBS (default 2).
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=scripts/serve-lib.sh
. scripts/serve-lib.sh

case "${1:-}" in
    -h | --help | "")
        sed -n '2,27p' "$0" | sed 's/^# \{0,1\}//'
        [ -n "${1:-}" ] && exit 0
        exit 2
        ;;
esac
MINUTES=$1
EVERY=${SOAK_APPEND_EVERY:-5}
FILES=${SOAK_FILES:-4}
PER_FILE=${SOAK_POSTINGS:-50}
FRESH=${SOAK_FRESH:-0}
WORKERS=${LOADTEST_WORKERS:-4}
for v in MINUTES EVERY FILES PER_FILE WORKERS; do
    if ! [[ "${!v}" =~ ^[1-9][0-9]*$ ]]; then
        echo "soak.sh: $v must be a positive integer, found '${!v}'" >&2
        exit 2
    fi
done
unset SKILLGAP_INDEX SKILLGAP_DATA SKILLGAP_JSON SKILLGAP_LOG SKILLGAP_THREADS SKILLGAP_SAMPLE

echo "== building (release)"
cargo build --release -j"${BUILD_JOBS:-2}" --bin skillgap
cargo build --release -j"${BUILD_JOBS:-2}" -p skillgap-server --example loadgen
BIN=target/release/skillgap
LOADGEN=target/release/examples/loadgen

TMP=$(mktemp -d "${TMPDIR:-/tmp}/skillgap-soak.XXXXXX")
INDEX=$TMP/index
SERVER_PID=
APPENDER_PID=
SAMPLER_PID=
cleanup() {
    for pid in "$APPENDER_PID" "$SAMPLER_PID"; do
        [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    done
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT

# gen FILE TAG: SOAK_POSTINGS postings with ids soak-TAG-N, built from a few templates.
gen() {
    python3 - "$1" "$2" "$PER_FILE" <<'PY'
import json, random, sys
out, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(tag)
titles = ["Data Analyst", "Registered Nurse", "Software Developer", "Accountant",
          "Electrician", "Marketing Manager", "Web Developer", "Database Administrator"]
skills = ["SQL", "Python", "Tableau", "Microsoft Excel", "patient care", "Java",
          "JavaScript", "bookkeeping", "wiring", "project management", "Linux", "R"]
with open(out, "w") as f:
    for i in range(n):
        picked = rng.sample(skills, 4)
        f.write(json.dumps({
            "id": f"soak-{tag}-{i}", "title": rng.choice(titles),
            "company": f"Employer {rng.randrange(100)}",
            "date_posted": f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
            "description": f"We need {', '.join(picked)}. Posting {tag}-{i}.",
        }) + "\n")
PY
}

echo "== ingesting the sample into $INDEX"
"$BIN" --index "$INDEX" ingest --data data/sample >/dev/null
if [ "$FRESH" = 1 ]; then
    echo "== appends: a new file of $PER_FILE new postings every $EVERY s (SOAK_FRESH=1: the index grows)"
else
    for i in $(seq 1 "$FILES"); do gen "$TMP/append-$i.jsonl" "f$i"; done
    echo "== appends: $FILES files of $PER_FILE postings in turn, every $EVERY s"
fi

OUT=$TMP/server.log
start_server soak.sh "$BIN" "$INDEX" "$OUT"
echo "== server pid $SERVER_PID on http://$ADDR"

# RSS every 5 s: "seconds_since_start rss_kib".
T0=$(date +%s)
(
    while kill -0 "$SERVER_PID" 2>/dev/null; do
        echo "$(($(date +%s) - T0)) $(awk '/VmRSS/ {print $2}' /proc/$SERVER_PID/status)"
        sleep 5
    done
) >"$TMP/rss.txt" 2>/dev/null &
SAMPLER_PID=$!

# The append loop: one line per append, "ok SECONDS" or "failed EXIT".
(
    k=0
    while true; do
        sleep "$EVERY"
        k=$((k + 1))
        if [ "$FRESH" = 1 ]; then
            file=$TMP/fresh.jsonl
            gen "$file" "n$k"
        else
            file=$TMP/append-$(((k - 1) % FILES + 1)).jsonl
        fi
        t0=$(date +%s.%N)
        rc=0
        "$BIN" --index "$INDEX" ingest --append --postings "$file" >/dev/null 2>"$TMP/append.err" || rc=$?
        if [ "$rc" = 0 ]; then
            echo "ok $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')"
        else
            echo "failed $rc $(head -c 300 "$TMP/append.err" | tr '\n' ' ')"
        fi
    done
) >"$TMP/appends.txt" &
APPENDER_PID=$!

TOTAL=0
FAILED=0
P99S=()
for m in $(seq 1 "$MINUTES"); do
    "$LOADGEN" --url "http://$ADDR" --seconds 60 --workers "$WORKERS" >"$TMP/minute-$m.txt"
    ok=$(sed -n 's/^requests: \([0-9]*\) ok.*/\1/p' "$TMP/minute-$m.txt")
    errors=$(sed -n 's/^errors: \([0-9]*\) (shed with 429\/503: \([0-9]*\)).*/\1 \2/p' "$TMP/minute-$m.txt")
    p99=$(sed -n 's/^latency: .* p99 \([0-9.]*\) ms.*/\1/p' "$TMP/minute-$m.txt")
    e=$(echo "$errors" | awk '{ print $1 + $2 }')
    TOTAL=$((TOTAL + ok + e))
    FAILED=$((FAILED + e))
    P99S+=("$p99")
    rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' /proc/$SERVER_PID/status)
    printf 'minute %d: %s ok, %s failed, p99 %s ms, RSS %s MiB, appends so far %d\n' \
        "$m" "$ok" "$e" "$p99" "$rss" "$(grep -c . "$TMP/appends.txt" || true)"
    grep '^  error:' "$TMP/minute-$m.txt" | head -n 3 || true
done
kill "$APPENDER_PID" 2>/dev/null || true
wait "$APPENDER_PID" 2>/dev/null || true
APPENDER_PID=
END_RSS=$(awk '/VmRSS/ {print $2}' /proc/$SERVER_PID/status)

APPENDS=$(grep -c '^ok' "$TMP/appends.txt" || true)
APPEND_FAILS=$(grep -c '^failed' "$TMP/appends.txt" || true)
APPEND_MEDIAN=$(awk '/^ok/ { print $2 }' "$TMP/appends.txt" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "nan" }')
# RSS at minute 2 (the first sample at or after 120 s; the last sample for shorter soaks).
RSS2=$(awk '$1 >= 120 { print $2; exit }' "$TMP/rss.txt")
RSS2=${RSS2:-$(tail -n 1 "$TMP/rss.txt" | awk '{ print $2 }')}
FIRST=${P99S[0]}
LAST=${P99S[$((${#P99S[@]} - 1))]}
GROWTH=$(awk -v a="$RSS2" -v b="$END_RSS" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
RATIO=$(awk -v a="$FIRST" -v b="$LAST" 'BEGIN { printf "%.2f", b / a }')

echo "== soak: $MINUTES min, $WORKERS workers, append every $EVERY s ($([ "$FRESH" = 1 ] && echo "new postings each time" || echo "$FILES files in turn"))"
echo "requests: $TOTAL total, $FAILED failed"
echo "appends: $APPENDS ok (median $APPEND_MEDIAN s), $APPEND_FAILS failed"
grep '^failed' "$TMP/appends.txt" | head -n 3 || true
echo "p99: first minute $FIRST ms, last minute $LAST ms (x$RATIO)"
echo "RSS: minute 2 $((RSS2 / 1024)) MiB, end $((END_RSS / 1024)) MiB (growth $GROWTH%)"
VERDICT=PASS
check() {
    if [ "$2" = 1 ]; then
        echo "  ok    $1"
    else
        echo "  FAIL  $1"
        VERDICT=FAIL
    fi
}
check "zero failed requests ($FAILED)" "$([ "$FAILED" = 0 ] && echo 1 || echo 0)"
check "zero failed appends ($APPEND_FAILS)" "$([ "$APPEND_FAILS" = 0 ] && echo 1 || echo 0)"
check "memory growth under 10% ($GROWTH%)" "$(awk -v g="$GROWTH" 'BEGIN { print (g < 10) ? 1 : 0 }')"
check "p99 last <= 2x first (x$RATIO)" "$(awk -v r="$RATIO" 'BEGIN { print (r <= 2) ? 1 : 0 }')"
echo "$VERDICT"
[ "$VERDICT" = PASS ]
