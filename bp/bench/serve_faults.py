#!/usr/bin/env python3
"""Fault waves against the socket servers (issue 16, item 5): slow clients, clients that vanish and clients that
never read, against `mvbasic serve` (serve_echo.b, serve_http.b) and the single-process SELECT.SOCKET examples
(echo_server.b, http_server.b). For each server it counts the open descriptors (/proc/PID/fd) and the resident
memory (VmRSS) of the server and, for serve, of the supervisor and every worker, before and after each wave, once
the server has had time to close what the clients left (serve runs with --idle-timeout, so connections the
clients abandon are closed by it), and checks that the server still answers. Growth is what is left over.

    bp/bench/serve_faults.py [--build DIR] [--scale K] [--only NAMES]      (bp/bench/serve.sh --faults runs it)

The waves, each sized by --scale (default 1):
  slow     100 clients sending their request one byte every 100 ms, for 4 s, then closing
  vanish   1,000 clients that send half a request and reset the connection (SO_LINGER 0)
  noread   50 clients that send requests (echo: 1 MB; HTTP: 200 pipelined GETs of /index.html) and never read;
           against serve they are then abandoned open, to be closed by the idle timeout; the SELECT.SOCKET
           examples (no idle timeout there) see them reset after 4 s

Before the measured waves a warm-up of each wave at a tenth of the size runs, so that the allocators' first
high-water marks are not counted as growth. Everything is bounded: every wait has a limit, and every process
started is stopped at the end. This module is also imported by tests/integration/test_serve_faults.py.
"""
import argparse
import os
import selectors
import socket
import struct
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REQUEST = {"echo": b"0123456789abcdef" * 4, "http": b"GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"}


def process_tree(pid):
    """The server and its children (serve's workers)."""
    pids = [pid]
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    pids.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return pids


def fd_count(pids):
    n = 0
    for p in pids:
        try:
            n += len(os.listdir("/proc/%d/fd" % p))
        except OSError:
            pass
    return n


def rss_kb(pids):
    total = 0
    for p in pids:
        try:
            with open("/proc/%d/status" % p) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


class Target:
    """A server process on 127.0.0.1 with an ephemeral port: `mvbasic run` of an example (which prints
    "LISTENING port") or `mvbasic serve` (whose log names the port)."""

    def __init__(self, name, kind, cmd, log=None, env=None, ulimit_n=None):
        self.name, self.kind, self.log = name, kind, log
        if ulimit_n:
            cmd = ["bash", "-c", 'ulimit -n %d && exec "$@"' % ulimit_n, "bash"] + cmd
        self.out = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(cmd, stdout=self.out, stderr=subprocess.STDOUT, env=env)
        self.pid = self.proc.pid
        self.port = None
        end = time.monotonic() + 30
        while self.port is None and time.monotonic() < end and self.proc.poll() is None:
            self.port = self._find_port()
            time.sleep(0.05)
        if self.port is None:
            text = self.output()
            self.stop()
            raise RuntimeError("%s did not start: %s" % (name, text[:400]))

    def _find_port(self):
        for line in self.output().splitlines() + self._log_lines():
            words = line.split()
            if words[:1] == ["LISTENING"] and len(words) > 1:
                return int(words[1])
            if "serve: listening on" in line and "port" in words:
                return int(words[words.index("port") + 1])
        return None

    def _log_lines(self):
        try:
            with open(self.log, errors="replace") as f:
                return f.read().splitlines()
        except (OSError, TypeError):
            return []

    def output(self):
        self.out.seek(0)
        return self.out.read().decode("utf-8", "replace")

    def pids(self):
        return process_tree(self.pid)

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                for p in process_tree(self.pid)[1:]:
                    try:
                        os.kill(p, 9)
                    except OSError:
                        pass
                self.proc.kill()
                self.proc.wait(10)
        self.out.close()


def answers(port, kind, timeout=10.0):
    """True when one ordinary request gets its whole answer within the timeout."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(REQUEST[kind])
            got = b""
            end = time.monotonic() + timeout
            while time.monotonic() < end:
                chunk = s.recv(65536)
                if not chunk:
                    break
                got += chunk
                if kind == "echo" and len(got) >= len(REQUEST["echo"]):
                    return got[: len(REQUEST["echo"])] == REQUEST["echo"]
                if kind == "http" and b"\r\n\r\n" in got:
                    return got.startswith(b"HTTP/1.1 200")
            return False
    except OSError:
        return False


def _open(port, n):
    socks = []
    for _ in range(n):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.setblocking(False)
        s.connect_ex(("127.0.0.1", port))
        socks.append(s)
    return socks


def _reset(s):
    try:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    s.close()


def slow_wave(port, kind, n, seconds=4.0):
    """n clients each sending their request one byte every 100 ms (and reading what comes back), then closing."""
    socks = _open(port, n)
    req = REQUEST[kind]
    at = 0
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for s in socks:
            try:
                s.send(req[at % len(req): at % len(req) + 1])
            except OSError:
                pass
            try:
                while s.recv(65536):
                    pass
            except OSError:
                pass
        at += 1
        time.sleep(0.1)
    for s in socks:
        s.close()


def vanish_wave(port, kind, n, batch=100):
    """n clients that send half a request and then reset the connection, batch of them at a time."""
    half = REQUEST[kind][: len(REQUEST[kind]) // 2]
    for first in range(0, n, batch):
        socks = _open(port, min(batch, n - first))
        sel = selectors.DefaultSelector()
        for s in socks:
            sel.register(s, selectors.EVENT_WRITE)
        pending, end = len(socks), time.monotonic() + 5
        while pending and time.monotonic() < end:
            for key, _ in sel.select(0.1):
                try:
                    key.fileobj.send(half)
                except OSError:
                    pass
                sel.unregister(key.fileobj)
                pending -= 1
        sel.close()
        time.sleep(0.02)  # let the server see the half request before the reset
        for s in socks:
            _reset(s)


def noread_wave(port, kind, n, seconds=4.0):
    """n clients that send requests and never read; returns the sockets, still open, for the caller to abandon
    or reset."""
    socks = _open(port, n)
    if kind == "echo":
        chunk, limit = b"x" * 65536, 1 << 20
    else:
        chunk, limit = REQUEST["http"] * 200, len(REQUEST["http"]) * 200
    sent = [0] * n
    end = time.monotonic() + seconds
    while time.monotonic() < end and min(sent) < limit:
        for i, s in enumerate(socks):
            if sent[i] < limit:
                try:
                    sent[i] += s.send(chunk[: limit - sent[i]])
                except OSError:
                    pass
        time.sleep(0.05)
    return socks


def settle(target, baseline_fds, timeout):
    """Waits (at most timeout seconds) for the server's descriptors to come back to the baseline."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and fd_count(target.pids()) > baseline_fds:
        time.sleep(0.2)
    time.sleep(0.3)
    return fd_count(target.pids())


def run_faults(target, scale=1.0, abandon=False, settle_s=60.0, warmup=True, log=print):
    """Runs the three waves against target; returns a list of dicts, one per wave, with the descriptors and RSS
    before (after the warm-up) and after it, and whether the server still answered."""
    waves = [("slow", int(100 * scale)), ("vanish", int(1000 * scale)), ("noread", int(50 * scale))]

    def wave(kind, n):
        if kind == "slow":
            slow_wave(target.port, target.kind, n)
        elif kind == "vanish":
            vanish_wave(target.port, target.kind, n)
        else:
            socks = noread_wave(target.port, target.kind, n)
            if abandon:
                return socks  # left open: the server's idle timeout must close its side
            for s in socks:
                _reset(s)
        return []

    if warmup:
        for kind, n in waves:
            for s in wave(kind, max(1, n // 10)):
                s.close()
        settle(target, 0, 2)
    results = []
    for kind, n in waves:
        pids = target.pids()
        fds0, rss0 = fd_count(pids), rss_kb(pids)
        left = wave(kind, n)
        peak_fds = fd_count(target.pids())
        t0 = time.monotonic()
        fds1 = settle(target, fds0, settle_s)
        took = time.monotonic() - t0
        rss1 = rss_kb(target.pids())
        ok = answers(target.port, target.kind)
        for s in left:
            s.close()
        if left:
            settle(target, fds0, 5)
        results.append({"server": target.name, "fault": "%s x%d" % (kind, n), "fds_before": fds0,
                        "fds_peak": peak_fds, "fds_after": fds1, "settle_s": took, "rss_before": rss0,
                        "rss_after": rss1, "answers": ok, "alive": target.alive(),
                        "processes": len(target.pids())})
        log("  %s: %s" % (target.name, results[-1]))
    return results


def targets(build, tmp, only):
    """The servers measured: name, kind, command, serve log (or None), whether abandoned clients are closed."""
    mv = os.path.join(build, "mvbasic")
    ex = os.path.join(ROOT, "bp", "examples")
    www = os.path.join(ex, "www")
    out = []
    for prog, kind in (("serve_echo.b", "echo"), ("serve_http.b", "http")):
        name = "serve %s, 4 workers" % prog
        log = os.path.join(tmp, prog + ".log")
        cmd = [mv, "serve", os.path.join(ex, prog), "--listen", "127.0.0.1", "--port", "0", "--workers", "4",
               "--max-clients", "2000", "--idle-timeout", "3", "--log", log]
        out.append((name, kind, cmd, log, True))
    out.append(("echo_server.b", "echo", [mv, "run", os.path.join(ex, "echo_server.b"), "0", "127.0.0.1", "5000"],
                None, False))
    out.append(("http_server.b", "http",
                [mv, "run", os.path.join(ex, "http_server.b"), "0", www, "127.0.0.1", "5000"], None, False))
    return [t for t in out if not only or any(o in t[0] for o in only)]


def main():
    p = argparse.ArgumentParser(description="fault waves against mvbasic serve and the SELECT.SOCKET examples")
    p.add_argument("--build", default=os.path.join(ROOT, "build"))
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--only", nargs="*", default=[])
    args = p.parse_args()
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    tmp = tempfile.mkdtemp(prefix="serve-faults-")
    env = dict(os.environ, MVBASIC_CONFIG="/dev/null", XDG_CACHE_HOME=os.path.join(tmp, "cache"))
    rows = []
    for name, kind, cmd, log, abandon in targets(os.path.abspath(args.build), tmp, args.only):
        t = Target(name, kind, cmd, log=log, env=env)
        try:
            rows += run_faults(t, args.scale, abandon=abandon, log=lambda m: print(m, file=sys.stderr))
        finally:
            t.stop()
    print("| server | fault | processes | fds before | fds at the wave's end | fds after | back within s "
          "| RSS kB before | RSS kB after | growth kB | answers after |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print("| %s | %s | %d | %d | %d | %d | %.1f | %d | %d | %+d | %s |" % (
            r["server"], r["fault"], r["processes"], r["fds_before"], r["fds_peak"], r["fds_after"], r["settle_s"],
            r["rss_before"], r["rss_after"], r["rss_after"] - r["rss_before"],
            "yes" if r["answers"] and r["alive"] else "NO"))
    leaked = [r for r in rows if r["fds_after"] > r["fds_before"] or not r["answers"]]
    return 1 if leaked else 0


if __name__ == "__main__":
    sys.exit(main())
