#!/usr/bin/env bash
# Load test of the dyad endpoint with wrk (Debian: apt-get install wrk), against 127.0.0.1 only, bounded in time.
# Starts `parley serve` on the demo store (coding the demo corpus first if the store is missing), runs wrk for
# DURATION seconds and prints requests/s and errors (non-2xx responses and socket errors).
#   tools/loadtest.sh [DURATION_SECONDS] [A] [B]      e.g. tools/loadtest.sh 10 ISR USA
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"; a="${2:-PSEREBHMS}"; b="${3:-RUS}"
port="${PARLEY_LOADTEST_PORT:-18080}"
db="${PARLEY_LOADTEST_DB:-target/loadtest/demo.duckdb}"
command -v wrk >/dev/null || { echo "loadtest: wrk is needed (apt-get install wrk)" >&2; exit 2; }
mkdir -p "$(dirname "$db")"
[ -f "$db" ] || ./parley demo --db "$db" >/dev/null
./parley serve --db "$db" --host 127.0.0.1 --port "$port" --read-only >target/loadtest/serve.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port/api/dyads/$a/$b"
for _ in $(seq 1 120); do curl -fs "$url" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$url" >/dev/null || { echo "loadtest: server did not start, see target/loadtest/serve.log" >&2; exit 1; }
# Warm the JIT, then measure.
wrk -t2 -c16 -d3s "$url" >/dev/null
out="$(wrk -t2 -c32 -d"${duration}s" --timeout 5s "$url")"
echo "$out"
rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
non2xx="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
socket="$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' <<<"$out")"
echo "dyad endpoint: ${rps} requests/s, errors: $(( ${non2xx:-0} + ${socket:-0} )) (non-2xx ${non2xx:-0}, socket ${socket:-0})"
