#!/usr/bin/env python3
"""Keyboard and screen built-ins on a real terminal: mvbasic runs in a tmux pane (a pseudo-terminal with
$TERM's terminfo entry), the test types keys with `tmux send-keys` and reads the screen with
`tmux capture-pane`. Checks KEYIN(), KEYCODE() of a cursor and a function key, IN with and without a
timeout, INPUTFIELD editing a field, ECHO OFF hiding typed input, TTYSET turning the break key into data, and that the terminal's modes
(`stty -g`) are the same after the program as before it: at a normal end, after Ctrl-C and after a runtime
error. Every wait has a deadline; tmux servers are private (-L) and killed at the end.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SLOWDOWN = float(os.environ.get("MVBASIC_TEST_SLOWDOWN", "1"))


class Pane:
    count = 0

    def __init__(self, workdir, command):
        # A server of its own for each pane: a killed server may still be going away when the next starts.
        Pane.count += 1
        self.server = "mvterm%d-%d" % (os.getpid(), Pane.count)
        self.workdir = workdir
        self.tmux(["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", "-c", workdir, command])

    def tmux(self, args):
        done = subprocess.run(["tmux", "-L", self.server] + args, capture_output=True, text=True,
                              timeout=20 * SLOWDOWN)
        if done.returncode != 0:
            raise AssertionError("tmux %s failed: %s" % (" ".join(args[:2]), done.stderr))
        return done.stdout

    def screen(self):
        return self.tmux(["capture-pane", "-p"])

    def keys(self, *keys):
        self.tmux(["send-keys"] + list(keys))

    def wait_for(self, text, seconds=10):
        deadline = time.monotonic() + seconds * SLOWDOWN
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise AssertionError("waited for %r; the screen shows:\n%s" % (text, self.screen()))

    def close(self):
        subprocess.run(["tmux", "-L", self.server, "kill-server"], capture_output=True, timeout=20)


def run(mvbasic, program, steps, expect_exit):
    """Runs program in a pane; steps are (text to wait for, keys to send); returns the final screen."""
    work = tempfile.mkdtemp(prefix="mvterm")
    shutil.copy(os.path.join(HERE, "terminal", program), work)
    # The shell outlives a Ctrl-C (a handler, not SIG_IGN, so mvbasic starts with the default action).
    shell = ("trap : INT; stty -g > before; %s run %s; echo EXIT=$?; stty -g > after; echo FINISHED; sleep 60"
             % (mvbasic, program))
    pane = Pane(work, "sh -c '%s'" % shell)
    try:
        for text, keys in steps:
            pane.wait_for(text)
            if keys:
                pane.keys(*keys)
        screen = pane.wait_for("FINISHED")
        assert "EXIT=%d" % expect_exit in screen, screen
        with open(os.path.join(work, "before")) as b, open(os.path.join(work, "after")) as a:
            before, after = b.read(), a.read()
        assert before == after, "the terminal's modes changed:\n%s%s" % (before, after)
        return screen
    finally:
        pane.close()
        shutil.rmtree(work, ignore_errors=True)


def lines(screen):
    return [l.rstrip() for l in screen.splitlines()]


def test_keys(mvbasic):
    screen = run(mvbasic, "keys.b", [
        ("READY", ["x"]),
        ("KEYIN=", ["Up"]),
        ("KEYCODE=", ["F5"]),
        ("IN TIMEOUT", []),
        ("IN?", ["z"]),
        ("PASSWORD", ["secret", "Enter"]),
        ("BREAKKEY=", ["C-c"]),
        ("DONE", []),
    ], 0)
    got = lines(screen)
    for want in ["KEYIN=120", "KEYCODE=205", "FKEY=132", "IN TIMEOUT 0 1011", "IN=122", "GOT=secret",
                 "BREAKKEY=0", "CTRLC=3", "DONE", "EXIT=0"]:
        assert want in got, "no line %r on the screen:\n%s" % (want, screen)
    # ECHO OFF: the password was not shown where it was typed (INPUT's prompt is "?").
    assert "PASSWORD?" in got, screen
    # IN echoes a printable key with ECHO ON.
    assert "IN?z" in got, screen


def test_inputfield(mvbasic):
    screen = run(mvbasic, "inputfield.b", [
        ("NAME:", ["End", "er"]),
        ("older", ["Enter"]),
        ("PASS:", ["pw"]),
        ("**", ["F2"]),
        ("DONE", []),
    ], 0)
    got = lines(screen)
    assert got[1].startswith("NAME: older"), screen
    assert "pw" not in got[2], screen
    for want in ["V=[older] 0", "W=[pw] 129", "TIMEOUT 1011", "DONE"]:
        assert want in got, "no line %r on the screen:\n%s" % (want, screen)


def test_input_at(mvbasic):
    screen = run(mvbasic, "input_at.b", [
        ("CODE:", ["End", "d"]),
        ("abcd", ["Enter"]),
        ("EXIT:", ["hi"]),
        ("hi", ["C-x"]),
        ("TRAP:", ["zz"]),
        ("zz", ["C-t"]),
        ("DONE", []),
    ], 0)
    got = lines(screen)
    assert got[1].startswith("CODE: abcd"), screen
    for want in ["V=[abcd] 0", "X=[hi] 7", "T=[keep] 9", "DONE"]:
        assert want in got, "no line %r on the screen:\n%s" % (want, screen)


def test_interrupt(mvbasic):
    screen = run(mvbasic, "interrupt.b", [("WAITING", ["C-c"])], 130)
    assert "NOT REACHED" not in screen, screen


def test_error(mvbasic):
    screen = run(mvbasic, "error.b", [("FAILING", [])], 1)
    assert "UNSET" in screen or "unassigned" in screen.lower(), screen


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mvbasic", required=True)
    parser.add_argument("--root")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        print("SKIPPED: tmux is not installed (scripts/setup-deps.sh installs it)")
        return 0
    mvbasic = os.path.abspath(args.mvbasic)
    for test in (test_keys, test_inputfield, test_input_at, test_interrupt, test_error):
        test(mvbasic)
        print("ok", test.__name__)
    return 0


if __name__ == "__main__":
    sys.exit(main())
