#!/usr/bin/env python3
"""More of the REPL on a real pseudo-terminal (issue 12): Ctrl-D inside an open block, the words that leave,
Ctrl-C in a blocking statement, a pasted program with labels, EQUATE names and COMMON at the prompt.

usage: repl2_test.py MVBASIC TEST"""
import time

from harness import Pty, check, main

CTRL_C = "\x03"
CTRL_D = "\x04"


def ctrl_d_block(s):
    """Ctrl-D inside an open block abandons the block; the session goes on; Ctrl-D at the prompt leaves."""
    t = Pty(s, ["repl"])
    try:
        t.expect(r"HELP lists the commands")
        t.line("IF 1 THEN")
        t.line("  PRINT 'inside'")
        t.expect(r"  > ")
        t.type(CTRL_D)
        t.expect(r"the open block was abandoned")
        t.line("PRINT 'still here'")
        t.expect(r"\r\nstill here\r\n")
        t.expect(r"mv> ")
        t.type(CTRL_D)
        check(t.wait_exit() == 0, "Ctrl-D at the prompt should leave with status 0")
        check("inside" not in t.text().split("abandoned")[1], "the abandoned block ran")
    finally:
        t.close()


def leaving_words(s):
    """EXIT, LOGOFF and LO leave the REPL as QUIT and OFF do."""
    for word in ("EXIT", "LOGOFF", "LO", "lo"):
        t = Pty(s, ["repl"])
        try:
            t.line(word)
            check(t.wait_exit() == 0, "%s should leave with status 0" % word)
        finally:
            t.close()


def interrupted(s):
    """Ctrl-C during SLEEP, INPUT and SH says Interrupted on a line of its own; the prompt comes back."""
    t = Pty(s, ["repl"])
    try:
        for stmt in ("SLEEP 30", "INPUT X", "SH -c 'sleep 30'"):
            t.line(stmt)
            time.sleep(0.5)
            t.type(CTRL_C)
            t.expect(r"\r\n[^\r\n]*Interrupted")
            t.line("PRINT 'back'")
            t.expect(r"\r\nback\r\n")
        t.line("QUIT")
        check(t.wait_exit() == 0, "QUIT should exit with status 0")
    finally:
        t.close()


def paste_labels(s):
    """A program pasted at the prompt (lines arriving together) runs as one unit: its GOSUB finds its label."""
    t = Pty(s, ["repl"])
    try:
        t.expect(r"mv> ")
        t.type("N = 3\rGOSUB SHOW\rPRINT 'done'\rSTOP\rSHOW: PRINT 'n is ' : N\rRETURN\r")
        t.expect(r"n is 3\r\ndone\r\n")
        check("error" not in t.text(), "the paste failed:\n%s" % t.text())
        t.line("QUIT")
    finally:
        t.close()


def equate_and_common(s):
    """Assigning an EQUATE name says so (it is not shown as a comparison); COMMON variables start at 0."""
    t = Pty(s, ["repl"])
    try:
        t.line("EQU LIMIT TO 5")
        t.line("LIMIT = 6")
        t.expect(r"'LIMIT' is an EQUATE name for a value, and cannot be assigned")
        t.line("COMMON C1, C2")
        t.line("C1 + C2 + 1")
        t.expect(r"\r\n1\r\n")
        t.line("QUIT")
    finally:
        t.close()


def completion(s):
    """Tab completes keywords and built-ins (in their upper-case spelling), the session's variables and, after
    RUN, file names; several matches are listed."""
    s.write("hello.tab.b", "PRINT 'ran by completion'\n")
    t = Pty(s, ["repl"])
    try:
        t.line("CUSTOMER.BALANCE = 12")
        t.expect(r"mv> ")
        # libedit redraws the line with cursor moves, so the completed text is checked by running it.
        t.type("disp\t")
        time.sleep(0.2)
        t.type("CUSTOMER.BA\t")
        time.sleep(0.2)
        t.type("\r")
        t.expect(r"\r\n12\r\n")
        t.expect(r"mv> ")
        t.type("RUN hello.t\t")
        time.sleep(0.2)
        t.type("\r")
        t.expect(r"ran by completion")
        t.expect(r"mv> ")
        t.type("X = TRIM\t")
        t.expect(r"TRIMB\s+TRIMBS\s+TRIMF")
        t.type("\x15")  # Ctrl-U: drop the line
        t.line("QUIT")
        check(t.wait_exit() == 0, "QUIT should exit with status 0")
    finally:
        t.close()


def colour(s):
    """On a terminal diagnostics are in colour (error: in red); NO_COLOR turns that off."""
    t = Pty(s, ["repl"], NO_COLOR="")
    try:
        t.line("Y = 1 / 0")
        t.expect(r"\x1b\[1m<repl>:1\x1b\[0m: \x1b\[1;31mruntime error:\x1b\[0m Division by zero")
        t.line("QUIT")
    finally:
        t.close()
    t = Pty(s, ["repl"])
    try:
        t.line("Y = 1 / 0")
        t.expect(r"\r\n<repl>:1: runtime error: Division by zero")
        t.line("QUIT")
    finally:
        t.close()


if __name__ == "__main__":
    main({f.__name__: f for f in (ctrl_d_block, leaving_words, interrupted, paste_labels, equate_and_common, colour, completion)})
