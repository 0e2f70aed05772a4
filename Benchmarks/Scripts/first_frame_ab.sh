#!/usr/bin/env bash
# Compares two flightdeck binaries' first complete frame (first_frame.py) against one simulator behind
# one 40 ms proxy, the binaries alternated so that load on the host falls on both alike. Prints one
# line per run and each binary's median, min and max.
#
#   Benchmarks/Scripts/first_frame_ab.sh NEW_BINARY OLD_BINARY [RUNS]
#
# Build the old one from another commit in a worktree, e.g.
#   git worktree add /tmp/old REV && (cd /tmp/old && swift build $(scripts/release-flags) --product flightdeck)
set -euo pipefail
cd "$(dirname "$0")/../.."
new=$1
old=$2
runs=${3:-10}
dir=$(mktemp -d)
"$new" simulate --port 0 >"$dir/sim.out" 2>&1 &
simulator=$!
proxy=
trap 'kill $simulator ${proxy:-} 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 50); do grep -q '^export AWS_ENDPOINT_URL' "$dir/sim.out" && break; sleep 0.1; done
eval "$(grep '^export' "$dir/sim.out")"
python3 Benchmarks/Scripts/delay_proxy.py --upstream "$AWS_ENDPOINT_URL" --delay 0.04 --seconds 3600 >"$dir/proxy.out" 2>&1 &
proxy=$!
for _ in $(seq 50); do [ -s "$dir/proxy.out" ] && break; sleep 0.1; done
port=$(python3 -c 'import json, sys; print(json.loads(open(sys.argv[1]).readline())["port"])' "$dir/proxy.out")
export AWS_ENDPOINT_URL="http://127.0.0.1:$port"
for _ in $(seq "$runs"); do
    for which in new old; do
        binary=$new
        [ "$which" = old ] && binary=$old
        ms=$(python3 Benchmarks/Scripts/first_frame.py --flightdeck "$binary" |
            python3 -c 'import json, sys; print(round(json.load(sys.stdin)["ms"], 1))')
        echo "$which $ms" | tee -a "$dir/times"
    done
done
python3 - "$dir/times" <<'PY'
import statistics, sys
times = {}
for line in open(sys.argv[1]):
    which, ms = line.split()
    times.setdefault(which, []).append(float(ms))
for which in ("new", "old"):
    values = times[which]
    print(f"{which}: median {statistics.median(values):.1f} ms, min {min(values):.1f}, max {max(values):.1f} ({len(values)} runs)")
print(f"new / old: {statistics.median(times['new']) / statistics.median(times['old']):.2f}x")
PY
