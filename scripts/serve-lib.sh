# Shared by scripts/loadtest.sh and scripts/soak.sh (sourced, not run).
#
#   start_server NAME BIN INDEX LOG
#
# Starts `BIN --index INDEX serve` on a free loopback port with its output in LOG, waits (up to
# 120 s) until it prints `listening on http://ADDR`, and sets SERVER_PID and ADDR. Exits with a
# message naming NAME when the server dies or does not start.
start_server() {
    local name=$1 bin=$2 index=$3 log=$4
    SKILLGAP_LOG=warn "$bin" --index "$index" serve --addr 127.0.0.1:0 >"$log" 2>&1 &
    SERVER_PID=$!
    ADDR=
    for _ in $(seq 1 600); do
        ADDR=$(sed -n 's/^listening on http:\/\///p' "$log" | head -n1)
        [ -n "$ADDR" ] && return 0
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "$name: the server exited:" >&2
            cat "$log" >&2
            exit 1
        fi
        sleep 0.2
    done
    echo "$name: the server did not start within 120 s" >&2
    exit 1
}
