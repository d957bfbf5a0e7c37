#!/usr/bin/env python3
"""`mvbasic < script`: the REPL engine without a terminal runs each line as it completes, with no prompts.

usage: script_test.py MVBASIC TEST"""
from harness import check, main

SCRIPT = """\
#!/usr/bin/env mvbasic
X = 2
X * 21
FOR I = 1 TO 2
  PRINT "line " : I
NEXT I
EQU GREETING TO "hi"
GREETING : " there"
RUN hello.b from script
"""

EXPECTED = "42\nline 1\nline 2\nhi there\nhello from RUN hello.b from script\n"


def pipe(s):
    """The lines run in order; nothing but the program's output reaches standard output."""
    status, out, err = s.run([], stdin_text=SCRIPT)
    check(status == 0, "status %d, stderr:\n%s" % (status, err))
    check(out == EXPECTED, "stdout was:\n%r\nexpected:\n%r" % (out, EXPECTED))
    check(err == "", "stderr should be empty, was:\n%s" % err)
    status, out2, _ = s.run(["repl"], stdin_text=SCRIPT)
    check(status == 0 and out2 == EXPECTED, "`mvbasic repl < script` should behave the same; got:\n%s" % out2)


def errors(s):
    """An error is reported with the script's own line number; later lines still run; the status is 1."""
    script = "PRINT 'one'\nY = 1 / 0\nPRINT 'two'\nPRINT (3 +\nPRINT 'three'\n"
    status, out, err = s.run([], stdin_text=script)
    check(out == "one\ntwo\nthree\n", "stdout was:\n%r" % out)
    check("<stdin>:2: runtime error: Division by zero" in err, "stderr was:\n%s" % err)
    check("<stdin>:4:" in err and "error" in err, "the compile error should name line 4; stderr was:\n%s" % err)
    check(status == 1, "status should be 1 after errors, was %d" % status)


def open_block(s):
    """Input that ends inside an open block is an error, not silence."""
    status, out, err = s.run([], stdin_text="PRINT 'before'\nIF 1 THEN\n  PRINT 'inside'\n")
    check(out == "before\n", "stdout was:\n%r" % out)
    check(status == 1 and "<stdin>:" in err, "status %d, stderr:\n%s" % (status, err))


def marks(s):
    """An expression's value shows its marks as ^ ] \\; the variable itself keeps the mark bytes."""
    script = "X = 'a' : @FM : 'b' : @VM : 'c' : @SM : 'd'\nX\nLEN(X)\nSEQ(X[2, 1])\n"
    status, out, err = s.run([], stdin_text=script)
    check(status == 0, "status %d, stderr:\n%s" % (status, err))
    check(out == "a^b]c\\d\n7\n254\n", "stdout was:\n%r" % out)


def deep_recursion(s):
    """Runaway recursion is a runtime error whose report folds the repeated call lines."""
    s.write("MAIN.b", "DEFFUN DEEP(N)\nPRINT DEEP(1000000)\n")
    s.write("DEEP.b", "FUNCTION DEEP(N)\nDEFFUN DEEP(N)\nRETURN 1 + (1 + (1 + (1 + (1 + (1 + (1 + DEEP(N - 1)))))))\n")
    status, out, err = s.run(["run", "MAIN.b"])
    check(status == 1, "status should be 1, was %d; stderr:\n%s" % (status, err[:2000]))
    lines = err.splitlines()
    check(lines[0] == "./DEEP.b:3: runtime error: Calls nested too deeply (runaway recursion?)", "stderr: %r" % lines[:3])
    # The source line of the error comes under its first line, as a compile error's does.
    check(lines[1] == "    RETURN 1 + (1 + (1 + (1 + (1 + (1 + (1 + DEEP(N - 1)))))))", "stderr: %r" % lines[:3])
    check(lines[2] == "    called from ./DEEP.b:3", "stderr: %r" % lines[:4])
    check(lines[3].startswith("    ... the line above ") and lines[3].endswith(" more times"), "stderr: %r" % lines[:4])
    check(lines[4:] == ["    called from MAIN.b:2"], "stderr ends: %r" % lines[4:8])


if __name__ == "__main__":
    main({f.__name__: f for f in (pipe, errors, open_block, marks, deep_recursion)})
