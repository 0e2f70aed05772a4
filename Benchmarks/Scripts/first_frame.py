#!/usr/bin/env python3
"""Times Flightdeck's dashboard from its start to its first complete frame, under a pseudo-terminal.

Starts `flightdeck dashboard ARGS` on a 120x40 pty with FLIGHTDECK_FIRST_FRAME_FILE set (the
dashboard writes the wall-clock time of its first frame in which every source has answered), reads
what it writes so it never blocks, and stops it by PID once the file appears (or after --timeout
seconds). The environment passes through: point AWS_ENDPOINT_URL at the server to measure. Prints
one JSON line: {"ms": start to first complete frame} or {"error": ...}.

    python3 Benchmarks/Scripts/first_frame.py --flightdeck .build/release/flightdeck -- --region us-east-1
"""
import argparse
import fcntl
import json
import os
import select
import shutil
import signal
import struct
import subprocess
import tempfile
import termios
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flightdeck", required=True)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("arguments", nargs="*")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="fd-first-frame-")
    stamp = os.path.join(folder, "frame")
    environment = dict(os.environ, TERM="xterm-256color", FLIGHTDECK_FIRST_FRAME_FILE=stamp,
                       XDG_CACHE_HOME=folder, XDG_STATE_HOME=folder, HOME=folder)
    controller, terminal = os.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    started = time.time_ns()
    process = subprocess.Popen([args.flightdeck, "dashboard", *args.arguments], stdin=terminal, stdout=terminal,
                               stderr=terminal, env=environment, start_new_session=True)
    os.close(terminal)
    result = {"error": f"no complete frame within {args.timeout} s"}
    deadline = time.monotonic() + args.timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.02)
            if ready:
                try:
                    os.read(controller, 65536)
                except OSError:
                    result = {"error": "the dashboard exited before a complete frame"}
                    break
            if os.path.exists(stamp) and os.path.getsize(stamp) > 0:
                with open(stamp) as handle:
                    frame = int(handle.read().strip())
                result = {"ms": (frame - started) / 1e6, "startedNs": started, "frameNs": frame}
                break
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()
        os.close(controller)
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
