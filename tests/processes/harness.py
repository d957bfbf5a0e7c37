"""Shared helpers for the process tests: a scratch directory with its own RUNDIR and configuration, running
mvbasic, waiting for conditions with deadlines, and driving the REPL through a real pseudo-terminal.

Every wait is bounded, so a hang fails the test with a message instead of hitting ctest's TIMEOUT."""
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time


PROGRAMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
SKIP = 77  # ctest's SKIP_RETURN_CODE for these tests


class Failure(Exception):
    pass


class Skip(Exception):
    """The feature under test depends on work another module has not landed yet."""


def check(cond, message):
    if not cond:
        raise Failure(message)


def wait_for(predicate, timeout, what):
    """Polls predicate() until it returns something truthy; fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise Failure("timed out after %.1fs waiting for %s" % (timeout, what))
        time.sleep(0.02)


class Scratch:
    """A temporary directory holding programs, a RUNDIR and a configuration file; processes started through
    it get MVBASIC_CONFIG pointing at that file and their own history and state directories."""

    def __init__(self, mvbasic, config=""):
        self.mvbasic = os.path.abspath(mvbasic)
        self.dir = tempfile.mkdtemp(prefix="mvbasic-proc-")
        # The helper programs sit in the scratch directory, so tests name them without a path.
        for name in os.listdir(PROGRAMS):
            shutil.copy(os.path.join(PROGRAMS, name), self.dir)
        self.rundir = os.path.join(self.dir, "run")
        self.config_path = os.path.join(self.dir, "mvbasic.conf")
        self.write_config(config)
        self.started = []

    def write_config(self, text):
        with open(self.config_path, "w") as f:
            f.write("RUNDIR = %s\n%s\n" % (self.rundir, text))

    def path(self, name):
        return os.path.join(self.dir, name)

    def write(self, name, text):
        with open(self.path(name), "w") as f:
            f.write(text)
        return self.path(name)

    def env(self, **extra):
        env = dict(os.environ)
        env["MVBASIC_CONFIG"] = self.config_path
        env["XDG_STATE_HOME"] = os.path.join(self.dir, "state")
        env["HOME"] = self.dir
        env["TERM"] = "xterm"
        # Diagnostics on a terminal are in colour; tests match plain text unless they ask (NO_COLOR="").
        env["NO_COLOR"] = "1"
        env.pop("MVBASIC_HISTORY", None)
        env.update(extra)
        return env

    def run(self, args, stdin_text=None, timeout=30, **extra):
        """Runs mvbasic to completion; returns (status, stdout, stderr)."""
        p = subprocess.run([self.mvbasic] + args, input=stdin_text, capture_output=True, text=True,
                           timeout=timeout, cwd=self.dir, env=self.env(**extra),
                           stdin=None if stdin_text is not None else subprocess.DEVNULL)
        return p.returncode, p.stdout, p.stderr

    def spawn(self, args, **extra):
        """Starts mvbasic in the background with no terminal; the caller waits on or kills it."""
        p = subprocess.Popen([self.mvbasic] + args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=self.dir, env=self.env(**extra))
        self.started.append(p)
        return p

    def phantom_pids(self):
        """Pids of live phantoms in this RUNDIR, from `mvbasic phantoms`."""
        status, out, _ = self.run(["phantoms"])
        return [int(m.group(2)) for m in re.finditer(r"^[ *]\s*(\d+)\s+(\d+)\s+phantom", out, re.M)]

    def cleanup(self):
        for p in self.started:
            if p.poll() is None:
                p.kill()
                p.wait()
        # Phantoms are detached, so they are found through the process table.
        for pid in self.phantom_pids():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.dir, ignore_errors=True)


class Pty:
    """mvbasic on a pseudo-terminal: send keystrokes, wait for text on the screen stream."""

    def __init__(self, scratch, args=(), **extra):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.chdir(scratch.dir)
            os.execve(scratch.mvbasic, [scratch.mvbasic] + list(args), scratch.env(**extra))
        self.out = b""
        self.seen = 0  # how much of `out` earlier expect() calls consumed

    def send(self, text):
        os.write(self.fd, text.encode() if isinstance(text, str) else text)

    def type(self, text, pause=0.15):
        """Types like a person: after a short pause (once the prompt is up), not as typeahead."""
        time.sleep(pause)
        self.send(text)

    def line(self, text):
        """Waits for a prompt, then types `text` and Enter."""
        self.expect(r"(mv|  )> ")
        self.type(text + "\r")

    def _read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return None
        if not data:
            return None
        self.out += data
        return True

    def expect(self, pattern, timeout=10):
        """Waits until `pattern` (a regex) appears after what earlier calls matched; returns the match."""
        regex = re.compile(pattern.encode() if isinstance(pattern, str) else pattern)
        deadline = time.monotonic() + timeout
        while True:
            m = regex.search(self.out, self.seen)
            if m:
                self.seen = m.end()
                return m
            left = deadline - time.monotonic()
            if left <= 0 or self._read(left) is None:
                raise Failure("expected %r on the terminal; got:\n%s" % (pattern, self.text()[-2000:]))

    def text(self):
        return self.out.decode(errors="replace")

    def wait_exit(self, timeout=10):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.pid = 0
                return os.waitstatus_to_exitcode(status)
            self._read(0.05)
        raise Failure("the REPL did not exit; terminal:\n" + self.text()[-2000:])

    def close(self):
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self.pid = 0
        try:
            os.close(self.fd)
        except OSError:
            pass


def main(tests):
    """Runs the test named on the command line (argv: mvbasic path, test name)."""
    if len(sys.argv) != 3 or sys.argv[2] not in tests:
        print("usage: %s MVBASIC TEST\ntests: %s" % (sys.argv[0], " ".join(sorted(tests))))
        sys.exit(2)
    scratch = Scratch(sys.argv[1])
    try:
        tests[sys.argv[2]](scratch)
    except Failure as e:
        print("FAIL %s: %s" % (sys.argv[2], e))
        sys.exit(1)
    except Skip as e:
        print("SKIP %s: %s" % (sys.argv[2], e))
        sys.exit(SKIP)
    finally:
        scratch.cleanup()
    print("PASS %s" % sys.argv[2])
