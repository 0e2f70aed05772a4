#!/usr/bin/env python3
"""Watches Flightdeck's dashboard under a pseudo-terminal and reports what it costs the terminal and the host.

Starts `flightdeck simulate --speed 1` and `flightdeck dashboard --refresh R` against it (or, with
--demo, `flightdeck demo`, which runs its own simulator at 10x) on a COLSxROWS pty, lets it settle,
then for SECONDS counts the bytes the dashboard writes and reads its CPU time (/proc/PID/stat utime
+ stime) and resident memory (/proc/PID/status VmRSS) at the start and the end of the window. The
baseline is one full repaint: the bytes written after the terminal is resized away and back.
Everything it starts is stopped by PID. Prints one JSON line.

    python3 Benchmarks/Scripts/terminal_watch.py --flightdeck .build/release/flightdeck --seconds 60
"""
import argparse
import fcntl
import json
import os
import select
import signal
import struct
import subprocess
import termios
import time


def set_size(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat(5))


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Pty:
    """A child on a pty whose output is drained and counted."""

    def __init__(self, command, env, rows, cols):
        self.master, slave = os.openpty()
        set_size(slave, rows, cols)

        def controlling_terminal():
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.process = subprocess.Popen(command, env=env, stdin=slave, stdout=slave, stderr=slave,
                                        preexec_fn=controlling_terminal, close_fds=True)
        os.close(slave)
        self.bytes = 0
        self.bursts = 0
        self.last = 0.0

    def pump(self, seconds):
        """Reads for `seconds`, counting bytes and bursts (writes more than 100 ms apart)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], left)
            if not ready:
                continue
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            now = time.monotonic()
            if now - self.last > 0.1:
                self.bursts += 1
            self.last = now
            self.bytes += len(data)

    def take(self):
        counted = (self.bytes, self.bursts)
        self.bytes, self.bursts = 0, 0
        return counted

    def stop(self):
        if self.process.poll() is None:
            try:
                os.write(self.master, b"q")
                self.pump(2)
            except OSError:
                pass
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()
        os.close(self.master)


def start_simulator(flightdeck):
    simulator = subprocess.Popen([flightdeck, "simulate", "--speed", "1", "--port", "0"], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True)
    exports = {}
    while len(exports) < 5:
        line = simulator.stdout.readline()
        if not line:
            raise SystemExit("terminal_watch.py: flightdeck simulate printed no exports")
        for pair in line.replace("export ", "").split():
            key, _, value = pair.partition("=")
            exports[key] = value
    return simulator, exports


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flightdeck", required=True)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--settle", type=float, default=10)
    parser.add_argument("--refresh", type=float, default=5)
    parser.add_argument("--cols", type=int, default=120)
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--demo", action="store_true", help="watch `flightdeck demo` instead of a dashboard on `simulate`")
    args = parser.parse_args()

    env = {key: value for key, value in os.environ.items() if not key.startswith("AWS_")}
    env.update(TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("NO_COLOR", None)
    simulator = None
    if args.demo:
        command = [args.flightdeck, "demo", "--refresh", str(args.refresh)]
    else:
        simulator, exports = start_simulator(args.flightdeck)
        env.update(exports)
        command = [args.flightdeck, "dashboard", "--refresh", str(args.refresh)]
    dashboard = Pty(command, env, args.rows, args.cols)
    try:
        dashboard.pump(args.settle)
        settle_bytes, _ = dashboard.take()
        ticks0, rss0 = cpu_ticks(dashboard.process.pid), rss_kb(dashboard.process.pid)
        sim0 = cpu_ticks(simulator.pid) if simulator else 0
        start = time.monotonic()
        dashboard.pump(args.seconds)
        elapsed = time.monotonic() - start
        window_bytes, bursts = dashboard.take()
        ticks1, rss1 = cpu_ticks(dashboard.process.pid), rss_kb(dashboard.process.pid)
        sim1 = cpu_ticks(simulator.pid) if simulator else 0
        set_size(dashboard.master, args.rows, args.cols - 1)
        dashboard.pump(1.5)
        dashboard.take()
        set_size(dashboard.master, args.rows, args.cols)
        dashboard.pump(1.5)
        repaint_bytes, _ = dashboard.take()
        alive = dashboard.process.poll() is None
    finally:
        dashboard.stop()
        if simulator is not None:
            os.kill(simulator.pid, signal.SIGINT)
            try:
                simulator.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.kill(simulator.pid, signal.SIGKILL)
                simulator.wait()
    hertz = os.sysconf("SC_CLK_TCK")
    print(json.dumps({
        "command": " ".join(command), "size": f"{args.cols}x{args.rows}", "seconds": elapsed, "refresh": args.refresh,
        "alive": alive, "settle_bytes": settle_bytes, "window_bytes": window_bytes, "bursts": bursts,
        "refreshes": elapsed / args.refresh, "bytes_per_refresh": window_bytes / (elapsed / args.refresh),
        "repaint_bytes": repaint_bytes, "cpu_seconds": (ticks1 - ticks0) / hertz,
        "cpu_percent": 100 * (ticks1 - ticks0) / hertz / elapsed, "rss_start_kb": rss0, "rss_end_kb": rss1,
        "simulator_cpu_percent": 100 * (sim1 - sim0) / hertz / elapsed if simulator else None}))


if __name__ == "__main__":
    main()
