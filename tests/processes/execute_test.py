#!/usr/bin/env python3
"""EXECUTE and PERFORM through the command processor, from a program: CAPTURING, RETURNING, @SYSTEM.RETURN.CODE.

usage: execute_test.py MVBASIC TEST"""
import os

from harness import PROGRAMS, check, main


def capturing(s):
    """programs/execute_all.b prints what each command captured and returned; compare with execute_all.out."""
    status, out, err = s.run(["run", "execute_all.b"])
    expected = open(os.path.join(PROGRAMS, "execute_all.out")).read()
    check(status == 0, "status %d, stderr:\n%s" % (status, err))
    if out != expected:
        got, want = out.splitlines(), expected.splitlines()
        for i, (g, w) in enumerate(zip(got, want)):
            check(g == w, "line %d differs:\n  got:      %r\n  expected: %r" % (i + 1, g, w))
        check(False, "got %d lines, expected %d" % (len(got), len(want)))


def unknown_command(s):
    """Without CAPTURING, an unknown command's message goes to standard error and the program carries on."""
    s.write("unknown.b", 'EXECUTE "FROB NICATE"\nPRINT "status ":@SYSTEM.RETURN.CODE\n')
    status, out, err = s.run(["run", "unknown.b"])
    check(status == 0 and out == "status -1\n", "status %d, stdout %r" % (status, out))
    check("Unknown command FROB" in err, "stderr was:\n%s" % err)


if __name__ == "__main__":
    main({f.__name__: f for f in (capturing, unknown_command)})
