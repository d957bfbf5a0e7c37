"""Helpers shared by the integration tests: start a bp/ server as a real mvbasic process, talk to it over
loopback (IPv4, IPv6 or a Unix path), count its open descriptors, and stop it.

Every test script is run by ctest as  python3 SCRIPT --mvbasic PATH --root REPO  (tests/integration.cmake).
Every wait here is bounded: connects, reads and process starts all carry timeouts.
"""
import argparse
import atexit
import os
import resource
import select
import socket
import subprocess
import sys
import tempfile
import time
import unittest

MVBASIC = None
ROOT = None
HERE = os.path.dirname(os.path.abspath(__file__))
# Under AddressSanitizer everything is several times slower; the tests scale their waits by this.
SLOW = float(os.environ.get("MVBASIC_TEST_SLOWDOWN", "1"))


def main():
    """Parses --mvbasic and --root, raises the descriptor limit, then runs the unittest cases."""
    global MVBASIC, ROOT
    p = argparse.ArgumentParser()
    p.add_argument("--mvbasic", required=True)
    p.add_argument("--root", default=os.path.dirname(os.path.dirname(HERE)))
    args, rest = p.parse_known_args()
    MVBASIC = os.path.abspath(args.mvbasic)
    ROOT = os.path.abspath(args.root)
    raise_fd_limit(8192)
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


def raise_fd_limit(want):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = want if hard == resource.RLIM_INFINITY else min(want, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def example(name):
    return os.path.join(ROOT, "bp", "examples", name)


def ipv6_loopback_available():
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


def config_file(text):
    """A configuration file for MVBASIC_CONFIG that lives as long as the test process."""
    f = tempfile.NamedTemporaryFile("w", prefix="mvbasic-it-", suffix=".conf", delete=False)
    f.write(text)
    f.close()
    atexit.register(os.unlink, f.name)
    return f.name


def unix_path(tag):
    return "/tmp/mvbasic-it-%d-%s.sock" % (os.getpid(), tag)


def small_quarantine():
    """The environment for a server whose memory a test measures: under AddressSanitizer, freed memory waits
    in a quarantine of up to 256 MB before it is reused, which would count as growth; keep it small."""
    opts = os.environ.get("ASAN_OPTIONS", "")
    return {"ASAN_OPTIONS": (opts + ":" if opts else "") + "quarantine_size_mb=4"}


class Server:
    """A bp/ server program started as its own mvbasic process; it announces itself with "LISTENING x"."""

    def __init__(self, program, args=(), config=None, ulimit_n=None, cwd=None, env=None):
        self.stderr = tempfile.TemporaryFile()
        extra = env or {}
        env = dict(os.environ)
        env["MVBASIC_CONFIG"] = config_file(config) if config else "/dev/null"
        env.update(extra)
        cmd = [MVBASIC, "run", program] + [str(a) for a in args]
        if ulimit_n:
            cmd = ["bash", "-c", 'ulimit -n %d && exec "$@"' % ulimit_n, "bash"] + cmd
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self.stderr, env=env, cwd=cwd)
        line = self._read_line(20 * SLOW)
        if not line.startswith("LISTENING "):
            if line:  # the server said why it stops: let it finish before collecting stderr
                try:
                    self.proc.wait(5 * SLOW)
                except subprocess.TimeoutExpired:
                    pass
            self.stop()
            raise AssertionError("server did not start: %r\nstderr: %s" % (line, self.error_text()))
        self.where = line.split(" ", 1)[1].strip()
        self.pid = self.proc.pid

    def _read_line(self, timeout):
        end = time.monotonic() + timeout
        buf = b""
        fd = self.proc.stdout.fileno()
        while b"\n" not in buf and time.monotonic() < end:
            r, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
            if not r:
                break
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            buf += chunk
        return buf.decode("utf-8", "replace").split("\n")[0]

    @property
    def port(self):
        return int(self.where)

    def alive(self):
        return self.proc.poll() is None

    def fd_count(self):
        return len(os.listdir("/proc/%d/fd" % self.pid))

    def rss_kb(self):
        with open("/proc/%d/status" % self.pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    _err = ""

    def error_text(self):
        if self.stderr.closed:
            return self._err
        self.stderr.seek(0)
        return self.stderr.read().decode("utf-8", "replace")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc.stdout.close()
        if not self.stderr.closed:
            self._err = self.error_text()
            self.stderr.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def connect(family, where, timeout=10.0):
    """A blocking client socket with a timeout: family is "ipv4", "ipv6" or "unix"."""
    timeout *= SLOW
    if family == "unix":
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.settimeout(timeout)
        s.connect(where)
    else:
        host, port = where
        s = socket.create_connection((host, port), timeout=timeout)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def recv_exactly(s, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = s.recv(min(65536, n - len(buf)))
        if not chunk:
            raise AssertionError("connection closed after %d of %d bytes" % (len(buf), n))
        buf += chunk
    return bytes(buf)


def recv_all(s, size=65536):
    """Everything the peer sends until it closes (bounded by the socket's own timeout)."""
    got = bytearray()
    while True:
        chunk = s.recv(size)
        if not chunk:
            return bytes(got)
        got += chunk


def recv_line(s, buf):
    """Reads one LF-terminated line, keeping what follows it in buf (a bytearray)."""
    while b"\n" not in buf:
        chunk = s.recv(65536)
        if not chunk:
            raise AssertionError("connection closed inside a line: %r" % bytes(buf))
        buf += chunk
    i = buf.index(b"\n")
    line = bytes(buf[:i])
    del buf[: i + 1]
    return line


def wait_until(pred, timeout, step=0.05):
    end = time.monotonic() + timeout * SLOW
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(step)
    return pred()


def run_basic(program, args=(), config=None, ulimit_n=None, timeout=60, cwd=None):
    """Runs a BASIC program to completion; returns (exit status, stdout, stderr, peak RSS of the child in kB)."""
    env = dict(os.environ)
    env["MVBASIC_CONFIG"] = config_file(config) if config else "/dev/null"
    cmd = [MVBASIC, "run", program] + [str(a) for a in args]
    if ulimit_n:
        cmd = ["bash", "-c", 'ulimit -n %d && exec "$@"' % ulimit_n, "bash"] + cmd
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    p = subprocess.run(cmd, capture_output=True, env=env, timeout=timeout * SLOW, cwd=cwd or HERE)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"), max(peak, before)
