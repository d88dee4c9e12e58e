#!/usr/bin/env python3
"""Time to first frame of a terminal program as its user sees it.

Starts the command in a fresh tmux session (100x30) and polls the pane until PATTERN (a
regular expression) appears; the first run is a warm-up, not counted.

usage: scripts/ttff.py RUNS PATTERN -- CMD...
prints: median, min and max in milliseconds.
"""
import os
import re
import statistics
import subprocess
import sys
import time


def main():
    if "--" not in sys.argv or len(sys.argv) < 5:
        sys.exit(__doc__)
    runs, pattern = int(sys.argv[1]), re.compile(sys.argv[2])
    command = " ".join(sys.argv[sys.argv.index("--") + 1:])
    sock = f"shinsa-ttff-{os.getpid()}"

    def tmux(*args):
        return subprocess.run(["tmux", "-L", sock, *args], capture_output=True, text=True)

    times = []
    # A session that stays up, so each run pays for a session, not for a tmux server.
    tmux("new-session", "-d", "-s", "idle", "-x", "100", "-y", "30", "sleep 600")
    try:
        for run in range(runs + 1):
            name = f"r{run}"
            start = time.perf_counter()
            tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", command)
            while True:
                screen = tmux("capture-pane", "-p", "-t", name).stdout
                if pattern.search(screen):
                    break
                if time.perf_counter() - start > 10:
                    sys.exit("timeout; the screen was:\n" + screen)
            elapsed = (time.perf_counter() - start) * 1000
            tmux("kill-session", "-t", name)
            if run > 0:
                times.append(elapsed)
    finally:
        tmux("kill-server")
    print(
        f"median {statistics.median(times):.1f} ms  min {min(times):.1f}  "
        f"max {max(times):.1f}  ({runs} runs)"
    )


main()
