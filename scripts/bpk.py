#!/usr/bin/env python3
"""Bytes a terminal program writes per key press, as tmux receives them.

Starts the command in tmux (100x30), waits for PATTERN, then records the pane's output
(tmux pipe-pane) while the keys are sent N times in turn, 50 ms apart.

usage: scripts/bpk.py N KEY[,KEY...] PATTERN -- CMD...      (keys as tmux send-keys names)
       add --dump FILE before -- to keep the recorded bytes.
prints: bytes per key.
"""
import os
import re
import subprocess
import sys
import tempfile
import time


def main():
    if "--" not in sys.argv or len(sys.argv) < 6:
        sys.exit(__doc__)
    split = sys.argv.index("--")
    options = sys.argv[1:split]
    dump = None
    if "--dump" in options:
        at = options.index("--dump")
        dump = options[at + 1]
        del options[at:at + 2]
    count, keys, pattern = int(options[0]), options[1].split(","), re.compile(options[2])
    command = " ".join(sys.argv[split + 1:])
    sock = f"shinsa-bpk-{os.getpid()}"

    def tmux(*args):
        return subprocess.run(["tmux", "-L", sock, *args], capture_output=True, text=True)

    handle, out = tempfile.mkstemp(prefix="shinsa-bpk-")
    os.close(handle)
    try:
        tmux("new-session", "-d", "-s", "p", "-x", "100", "-y", "30", command)
        start = time.time()
        while not pattern.search(tmux("capture-pane", "-p", "-t", "p").stdout):
            if time.time() - start > 10:
                sys.exit("timeout waiting for the pattern")
            time.sleep(0.05)
        time.sleep(0.5)
        tmux("pipe-pane", "-o", "-t", "p", f"cat >> {out}")
        time.sleep(0.2)
        for index in range(count):
            tmux("send-keys", "-t", "p", keys[index % len(keys)])
            time.sleep(0.05)
        time.sleep(0.5)
        tmux("pipe-pane", "-t", "p")
        tmux("kill-server")
        size = os.path.getsize(out)
        if dump:
            with open(out, "rb") as source, open(dump, "wb") as target:
                target.write(source.read())
    finally:
        os.unlink(out)
    print(f"{size / count:.1f} bytes per key ({size} bytes for {count} x {','.join(keys)})")


main()
