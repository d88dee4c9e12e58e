#!/bin/sh
# Start-up and per-key figures of a release shinsa, measured in one run (docs/performance.md):
# time to first frame through tmux (echo as the probe's floor, dialog if installed, shinsa
# opening the demo project), bytes per cursor move, the process time of `shinsa --version`
# and of `shinsa assess`, the peak RSS of each, and update+render per key (shinsa-bench's
# scripted sessions, when shinsa-bench is built beside shinsa).
#
# usage: scripts/bench-startup.sh [SHINSA]     (default: the release build, built if missing)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shinsa=${1:-}
if [ -z "$shinsa" ]; then
  (cd "$root" && swift build -c release --product shinsa >&2)
  shinsa=$(cd "$root" && swift build -c release --show-bin-path)/shinsa
fi
runs=${RUNS:-10}
dir=$(mktemp -d "${TMPDIR:-/tmp}/shinsa-bench-XXXXXX")
trap 'rm -rf "$dir"' EXIT
"$shinsa" demo --dir "$dir" >/dev/null
scenario=$root/Tests/Fixtures/scenarios/bank-credit-scoring.json

echo "shinsa: $shinsa ($("$shinsa" --version)); $runs runs each; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'first frame, echo:   '
python3 "$root/scripts/ttff.py" "$runs" 'ready' -- "echo ready; sleep 5"
if command -v dialog >/dev/null; then
  printf 'first frame, dialog: '
  python3 "$root/scripts/ttff.py" "$runs" 'Pick' -- \
    "dialog --radiolist Pick 12 40 3 a A on b B off c C off"
else
  echo "first frame, dialog: not installed (skipped)"
fi
printf 'first frame, shinsa: '
python3 "$root/scripts/ttff.py" "$runs" 'Hikari Lending' -- "$shinsa open demo-hikari-credit --dir $dir"
printf 'bytes per move:      '
python3 "$root/scripts/bpk.py" 20 Down,Down,Up,Up 'Hikari' -- "$shinsa open demo-hikari-credit --dir $dir"

# Process times: median of 20 runs each, and the peak RSS GNU time reports.
python3 - "$shinsa" "$scenario" <<'PY'
import resource, statistics, subprocess, sys, time
shinsa, scenario = sys.argv[1], sys.argv[2]
for label, args in [("--version", [shinsa, "--version"]),
                    ("assess", [shinsa, "assess", "--answers", scenario, "--format", "json"])]:
    times, peak = [], 0
    for run in range(22):
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
        if run >= 2:
            times.append((time.perf_counter() - start) * 1000)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"process {label:10} median {statistics.median(times):.1f} ms  min {min(times):.1f}"
          f"  (peak RSS of any child so far {peak:.0f} MB)")
PY

bench=$(dirname "$shinsa")/shinsa-bench
if [ -x "$bench" ]; then
  echo "per key (shinsa-bench ${KEY_RUNS:-20} keys):"
  "$bench" "${KEY_RUNS:-20}" keys | grep 'per key'
else
  echo "per key: build shinsa-bench beside shinsa (swift build -c release --product shinsa-bench)"
fi
