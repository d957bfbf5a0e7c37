#!/usr/bin/env python3
"""The REPL driven through a real pseudo-terminal, the way a person uses it: typing statements and
expressions, continuation prompts, runtime errors, Ctrl-C, history recall with the up arrow, and Ctrl-D.

usage: repl_test.py MVBASIC TEST"""
import os

from harness import Pty, check, main, wait_for

UP = "\x1b[A"
CTRL_C = "\x03"
CTRL_D = "\x04"


def typing(s):
    """Statements run at once, variables persist, an expression alone prints its value, errors keep state."""
    t = Pty(s, ["repl"])
    try:
        t.expect(r"HELP lists the commands")
        t.line("X = 41")
        t.line("X + 1")
        t.expect(r"\r\n42\r\n")
        t.line('NAME = "World"')
        t.line('"Hello, " : NAME')
        t.expect(r"Hello, World")
        t.line("LEN(NAME) * 2")
        t.expect(r"\r\n10\r\n")
        t.line("Y = X / 0")
        t.expect(r"<repl>:1: runtime error: Division by zero")
        t.line("X")
        t.expect(r"\r\n41\r\n")
        t.line("PRINT (1 +")
        t.expect(r"<repl>:1:\d+: error")
        t.line("EQUATE ANSWER TO 42")
        t.line("ANSWER + 0")
        t.expect(r"\r\n42\r\n")
        t.line("DIM M(3)")
        t.line("M(2) = 'two'")
        t.line("M(2)")
        t.expect(r"\r\ntwo\r\n")
        t.line("PRECISION 2")
        t.line("1 / 3")
        t.expect(r"\r\n0\.33\r\n")
        t.line("INPUT ANSWER2")
        t.expect(r"\?")
        t.type("typed\r")
        t.line('"got " : ANSWER2')
        t.expect(r"got typed")
        t.line("HELP OCONV")
        t.expect(r"OCONV\(")
        t.line("HELP")
        t.expect(r"LIST\.PHANTOMS")
        t.line("HELP NOSUCHTHING")
        t.expect(r"nothing is known about NOSUCHTHING")
        t.line("QUIT")
        check(t.wait_exit() == 0, "QUIT should exit with status 0")
    finally:
        t.close()


def continuation(s):
    """IF, FOR, LOOP and CASE blocks continue on a continuation prompt until they close."""
    t = Pty(s, ["repl"])
    try:
        t.line("FOR I = 1 TO 3")
        t.expect(r"  > ")
        t.type("IF I = 2 THEN\r")
        t.expect(r"  > ")
        t.type("  PRINT 'two'\r")
        t.expect(r"  > ")
        t.type("END ELSE PRINT I * 10\r")
        t.expect(r"  > ")
        t.type("NEXT I\r")
        t.expect(r"\r\n10\r\ntwo\r\n30\r\nmv> ")
        t.type("K = 4\r")
        t.line("BEGIN CASE")
        t.expect(r"  > ")
        t.type("CASE K = 4; PRINT 'four'\r")
        t.expect(r"  > ")
        t.type("END CASE\r")
        t.expect(r"four\r\nmv> ")
        t.type("N = 0\r")
        t.line("LOOP WHILE N < 3")
        t.expect(r"  > ")
        t.type("N += 1\r")
        t.expect(r"  > ")
        t.type("REPEAT\r")
        t.line("N")
        t.expect(r"\r\n3\r\n")
        # Ctrl-C at a continuation prompt abandons the open block.
        t.line("IF 1 THEN")
        t.expect(r"  > ")
        t.type(CTRL_C)
        t.expect(r"\^C\r\nmv> ")
        t.type("PRINT 'fresh'\r")
        t.expect(r"\r\nfresh\r\n")
        t.type(CTRL_D)
        check(t.wait_exit() == 0, "Ctrl-D should exit with status 0")
    finally:
        t.close()


def interrupt(s):
    """Ctrl-C stops a running statement and returns to the prompt with the variables kept."""
    t = Pty(s, ["repl"])
    try:
        t.line("COUNT = 0")
        t.line("LOOP")
        t.expect(r"  > ")
        t.type("COUNT += 1\r")
        t.expect(r"  > ")
        t.type("REPEAT\r")
        t.type(CTRL_C, pause=0.5)
        t.expect(r"runtime error: Interrupted", timeout=5)
        t.line("COUNT > 0")
        t.expect(r"\r\n1\r\n")
        # Ctrl-C ends a pause and a shell command too.
        t.line("SLEEP 30")
        t.type(CTRL_C, pause=0.5)
        t.expect(r"mv> ", timeout=5)
        t.type("SH -c 'sleep 30'\r")
        t.type(CTRL_C, pause=0.5)
        t.expect(r"mv> ", timeout=5)
        # Ctrl-C at the prompt abandons the partly typed line.
        t.type("PRINT 'never'")
        t.type(CTRL_C)
        t.expect(r"\^C\r\nmv> ")
        t.type("PRINT 'still here'\r")
        t.expect(r"\r\nstill here\r\n")
        t.type(CTRL_D)
        check(t.wait_exit() == 0, "Ctrl-D should exit with status 0")
        check("never" not in t.text().split("^C")[-1], "an abandoned line must not run")
    finally:
        t.close()


def interrupt_accept(s):
    """Ctrl-C stops a blocking ACCEPT.SOCKET.CONNECTION too."""
    t = Pty(s, ["repl"])
    try:
        t.line('S = CREATE.SERVER.SOCKET("127.0.0.1", 0, 0)')
        t.line("C = ACCEPT.SOCKET.CONNECTION(S, 0)")
        t.type(CTRL_C, pause=0.5)
        t.expect(r"Interrupted", timeout=3)
        t.line("S = 0")
        t.expect(r"mv> ")
        t.type(CTRL_D)
        check(t.wait_exit() == 0, "Ctrl-D should exit with status 0")
    finally:
        t.close()


def history(s):
    """History persists across sessions and the up arrow recalls it."""
    t = Pty(s, ["repl"])
    try:
        t.line("PRINT 'first' : 1")
        t.expect(r"first1")
        t.line("PRINT 'second' : 2")
        t.expect(r"second2")
        t.expect(r"mv> ")
        t.type(CTRL_D)
        check(t.wait_exit() == 0, "Ctrl-D should exit with status 0")
    finally:
        t.close()
    path = os.path.join(s.dir, "state", "mvbasic", "history")
    check(os.path.exists(path), "the history file %s should exist" % path)
    t = Pty(s, ["repl"])
    try:
        t.expect(r"mv> ")
        t.type(UP)
        t.type(UP)
        t.type("\r")
        t.expect(r"first1")
        t.expect(r"mv> ")
        t.type(UP)
        t.type("\r")
        t.expect(r"first1\r\n")
        t.expect(r"mv> ")
        t.type(CTRL_D)
        check(t.wait_exit() == 0, "Ctrl-D should exit with status 0")
    finally:
        t.close()
    # $MVBASIC_HISTORY names another file.
    other = os.path.join(s.dir, "other-history")
    t = Pty(s, MVBASIC_HISTORY=other)
    try:
        t.line("PRINT 'elsewhere'")
        t.expect(r"elsewhere")
        t.expect(r"mv> ")
        t.type(CTRL_D)
        t.wait_exit()
    finally:
        t.close()
    check("elsewhere" in open(other).read(), "$MVBASIC_HISTORY should receive the history")


def commands(s):
    """RUN, PHANTOM, LIST.PHANTOMS, LOGOUT, SH and HELP at the prompt; a variable may share a command's name."""
    t = Pty(s, ["repl"])
    try:
        t.line("RUN hello.b a b")
        t.expect(r"hello from RUN hello.b a b")
        t.line("PHANTOM RUN sleeper.b")
        m = t.expect(r"Phantom (\d+) started; log (\S+)")
        user = m.group(1).decode()
        t.line("LIST.PHANTOMS")
        t.expect(r"\s%s\s+\d+\s+phantom\s.*RUN sleeper.b" % user)
        t.line("LOGOUT " + user)
        t.expect(r"User %s logged out\." % user)
        t.line("SH -c 'echo from the shell'")
        t.expect(r"from the shell")
        t.line("RUN = 5")
        t.line("RUN * 2")
        t.expect(r"\r\n10\r\n")
        t.line("@USERNO")
        t.expect(r"\r\n\d+\r\n")
        t.type(CTRL_D)
        check(t.wait_exit() == 0, "Ctrl-D should exit with status 0")
    finally:
        t.close()


def no_arguments(s):
    """`mvbasic` with no arguments on a terminal is the REPL."""
    t = Pty(s, [])
    try:
        t.expect(r"mvbasic \S+\. BASIC runs as you type it")
        t.line("PRINT 6 * 7")
        t.expect(r"\r\n42\r\n")
        t.expect(r"mv> ")
        t.type(CTRL_D)
        check(t.wait_exit() == 0, "Ctrl-D should exit with status 0")
    finally:
        t.close()


if __name__ == "__main__":
    main({f.__name__: f for f in (typing, continuation, interrupt, interrupt_accept, history, commands, no_arguments)})
