#!/usr/bin/env python3
"""The query processor from the shell and at the terminal: `mvbasic query` and its exit statuses, reports
that page on a terminal (and only there), and SELECT at the REPL prompt (the query, or the BASIC statement
when it names a file variable).

usage: query_test.py MVBASIC TEST"""
import os

from harness import Pty, check, main


def make_file(s, n):
    """A directory file T with records 1..n (field 1 "name<i>") and a dictionary naming field 1."""
    os.makedirs(s.path("T"), exist_ok=True)
    os.makedirs(s.path("T.DIC"), exist_ok=True)
    for i in range(1, n + 1):
        s.write("T/%d" % i, "name%d\n%d\n" % (i, i * 10))
    s.write("T.DIC/NAME", "D\n1\n\nName\n8L\nS\n")
    s.write("T.DIC/@ID", "D\n0\n\nId\n4R\nS\n")


def shell(s):
    """`mvbasic query 'SENTENCE'`: output on stdout, 0 on success, 2 for a sentence that is not valid (the
    message naming the word), 1 for a file that cannot be found."""
    make_file(s, 3)
    status, out, err = s.run(["query", "SORT T BY.DSND NAME NAME"])
    check(status == 0, "status %d, stderr %r" % (status, err))
    lines = out.splitlines()
    check(lines[0].startswith("SORT T BY.DSND NAME NAME") and lines[0].endswith("Page 1") and len(lines[0]) == 79,
          "heading %r" % lines[0])
    check(lines[1:] == ["Id..   Name....", "   3   name3", "   2   name2", "   1   name1", "", "3 record(s) listed"],
          "report %r" % lines)
    status, out, err = s.run(["query", "COUNT T WITH NAME = 'name2'"])
    check(status == 0 and out == "1 record(s) counted\n", "status %d, stdout %r" % (status, out))
    status, out, err = s.run(["query", "COUNT T WITH BOGUS = 1"])
    check(status == 2 and err == "BOGUS is not a field name or expression (word 4)\n",
          "status %d, stderr %r" % (status, err))
    status, out, err = s.run(["query", "COUNT NOPE"])
    check(status == 1 and "NOPE: File not found (word 2)" in err, "status %d, stderr %r" % (status, err))


def paging(s):
    """On a terminal a report stops at each page end; Return shows the next page with its headings, Q
    quits. In a pipe the same report does not page."""
    make_file(s, 60)
    t = Pty(s, ["query", "LIST T NAME"])
    try:
        t.expect(r"Page 1")
        t.expect(r"Press return to continue, Q to quit: ")
        t.send("\r")
        t.expect(r"LIST T NAME\s+Page 2\r\nId\.\.\s+Name\.+\r\n")
        t.expect(r"Press return to continue, Q to quit: ")
        t.send("q\r")
        check(t.wait_exit() == 0, "mvbasic query should exit 0 after Q")
        check("record(s) listed" not in t.text(), "Q should end the report without its closing message")
    finally:
        t.close()
    status, out, err = s.run(["query", "LIST T NAME"])
    check(status == 0 and "Press return" not in out and "Page 2" not in out, "a pipe should not page: %r" % out[:300])
    check(out.endswith("60 record(s) listed\n"), "pipe output ends %r" % out[-100:])


def repl_select(s):
    """At the prompt SELECT is the query command, unless it names a variable that holds a file (then it is
    the BASIC statement)."""
    make_file(s, 3)
    script = ("OPEN 'T' TO F ELSE PRINT 'no'\nSELECT F\nREADNEXT ID THEN PRINT 'statement: ' : ID\n"
              "CLEARSELECT\nSELECT T WITH NAME = 'name3'\nREADNEXT ID THEN PRINT 'query: ' : ID\n")
    status, out, err = s.run([], stdin_text=script)
    check(status == 0, "status %d, stderr %r" % (status, err))
    check(out == "statement: 1\n1 record(s) selected to list 0\nquery: 3\n", "stdout %r" % out)


def index_itype(s):
    """An index on an I-type, made from the shell and used by `mvbasic query`: CREATE.INDEX and BUILD.INDEX
    typed at the REPL (here from a pipe), a query that REQUIRE.INDEX lets through only when the index serves
    it, and a program whose WRITE cannot compute the key: exit status 1, the message naming the record and
    the index, and the record not written."""
    status, out, err = s.run(["create-file", "T"])
    check(status == 0, "create-file: status %d, stderr %r" % (status, err))
    script = ("OPEN 'DICT', 'T' TO D ELSE STOP 'no dictionary'\n"
              "WRITE 'D':@FM:1 ON D, 'NAME'\n"
              "WRITE 'I':@FM:'UPCASE(NAME)' ON D, 'UPNAME'\n"
              "WRITE 'I':@FM:'1 / @RECORD<2>' ON D, 'INV'\n"
              "OPEN 'T' TO F ELSE STOP 'no file'\n"
              "WRITE 'ann':@FM:2 ON F, 'A'\n"
              "WRITE 'bob':@FM:4 ON F, 'B'\n"
              "CREATE.INDEX T UPNAME INV\n"
              "BUILD.INDEX T ALL\n"
              "LIST.INDEX T\n")
    status, out, err = s.run([], stdin_text=script)
    check(status == 0, "status %d, stderr %r" % (status, err))
    check("UPNAME              I  UPCASE(NAME)  built  2 keys\n" in out and
          "INV                 I  1 / @RECORD<2>  built  2 keys\n" in out, "LIST.INDEX: %r" % out)
    status, out, err = s.run(["query", "COUNT T WITH UPNAME = 'BOB' REQUIRE.INDEX"])
    check(status == 0 and out == "1 record(s) counted\n", "status %d, stdout %r, stderr %r" % (status, out, err))
    status, out, err = s.run(["query", "COUNT T WITH INV = '0.25' AND NAME = 'bob' REQUIRE.INDEX"])
    check(status == 0 and out == "1 record(s) counted\n", "status %d, stdout %r, stderr %r" % (status, out, err))
    status, out, err = s.run(["-e", "OPEN 'T' TO F ELSE STOP 'no file'\nWRITE 'cy':@FM:0 ON F, 'C'\nPRINT 'not here'"])
    check(status == 1 and "not here" not in out, "status %d, stdout %r" % (status, out))
    check("cannot index record 'C' under INV" in err and "Division by zero" in err, "stderr %r" % err)
    status, out, err = s.run(["query", "COUNT T"])
    check(status == 0 and out == "2 record(s) counted\n", "the failed write left a record: %r" % out)


if __name__ == "__main__":
    main({f.__name__: f for f in (shell, paging, repl_select, index_itype)})
