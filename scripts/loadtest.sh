#!/usr/bin/env bash
# Load test of the HTTP API on loopback.
#
#   bash scripts/loadtest.sh                   from the repository root
#
# Builds the release binary and the load generator (crates/server/examples/loadgen.rs), starts
# `skillgap serve` on a free loopback port on the index $SKILLGAP_INDEX (default
# /tmp/skillgap-load-index, built from ../shared/datasets with `skillgap ingest` when missing,
# or from the bundled sample when the datasets are absent), waits until it listens (the index
# is opened and warmed first), then drives a
# mix (searches, details, demand and extract 40%, gap/recommend 40%, path 10%, relevance 10%)
# from a separate process for a bounded
# time and prints requests/s, p50/p90/p99 latency, errors (shed 429/503 counted apart) and the
# server's peak RSS (VmHWM). The server is stopped with SIGTERM at the end.
#
# Settings: SKILLGAP_INDEX, LOADTEST_SECONDS (default 20), LOADTEST_WORKERS (default 4
# keep-alive connections), BUILD_JOBS (default 2),
# SKILLGAP_DATASETS (default ../shared/datasets). Targets on the 2-core reference machine:
# >= 1,000 requests/s, p50 <= 5 ms, p99 <= 25 ms, server memory <= 300 MB.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=scripts/serve-lib.sh
. scripts/serve-lib.sh

case "${1:-}" in
    -h | --help)
        sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    "") ;;
    *)
        echo "loadtest.sh: unknown argument '$1' (try --help)" >&2
        exit 2
        ;;
esac

DURATION=${LOADTEST_SECONDS:-20}
WORKERS=${LOADTEST_WORKERS:-4}
INDEX=${SKILLGAP_INDEX:-/tmp/skillgap-load-index}
DATA=${SKILLGAP_DATASETS:-../shared/datasets}
for v in DURATION WORKERS; do
    if ! [[ "${!v}" =~ ^[1-9][0-9]*$ ]]; then
        echo "loadtest.sh: $v must be a positive integer, found '${!v}'" >&2
        exit 2
    fi
done

echo "== building (release)"
cargo build --release -j"${BUILD_JOBS:-2}" --bin skillgap
cargo build --release -j"${BUILD_JOBS:-2}" -p skillgap-server --example loadgen
BIN=target/release/skillgap
LOADGEN=target/release/examples/loadgen

if [ ! -f "$INDEX/CURRENT" ]; then
    if [ -d "$DATA" ]; then
        echo "== no index at $INDEX: ingesting $DATA (takes a few minutes)"
        "$BIN" --index "$INDEX" ingest --data "$DATA" >/dev/null || [ $? -eq 3 ]
    else
        echo "== no index at $INDEX and no datasets at $DATA: using the bundled sample"
        "$BIN" --index "$INDEX" ingest --data data/sample >/dev/null
    fi
fi

OUT=$(mktemp)
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -f "$OUT"
}
trap cleanup EXIT

echo "== starting the server on $INDEX"
start_server loadtest.sh "$BIN" "$INDEX" "$OUT"
echo "== server pid $SERVER_PID on http://$ADDR; RSS after start: $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$SERVER_PID/status)"

echo "== load: $WORKERS workers for $DURATION s"
"$LOADGEN" --url "http://$ADDR" --seconds "$DURATION" --workers "$WORKERS"

echo "== server peak memory (VmHWM): $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$SERVER_PID/status)"
