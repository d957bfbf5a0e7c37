#!/usr/bin/env python3
"""The command line as users meet it: per-command help, one wording for bad options, `check` over folders,
`run -`, `run DIR`, phantoms of programs that do not compile, and output that cannot be written.

usage: cli_test.py MVBASIC TEST"""
import os
import subprocess

from harness import check, main


def help_per_command(s):
    """`mvbasic COMMAND --help` prints that command's usage on stdout and exits 0."""
    for cmd in ("run", "check", "repl", "phantom", "phantoms", "users", "logout"):
        status, out, err = s.run([cmd, "--help"])
        check(status == 0, "%s --help: status %d, stderr %r" % (cmd, status, err))
        check(out.startswith("usage: mvbasic ") and (" " + cmd in out.splitlines()[0] or cmd == "repl"),
              "%s --help printed %r" % (cmd, out[:200]))
        check(err == "", "%s --help wrote to stderr: %r" % (cmd, err))


def unknown_options(s):
    """Unknown options get one message, naming the option and the help to read, and exit 2."""
    cases = [(["--bogus"], "mvbasic: unknown option '--bogus' (see mvbasic --help)"),
             (["run", "--bogus", "x.b"], "mvbasic run: unknown option '--bogus' (see mvbasic run --help)"),
             (["check", "--bogus"], "mvbasic check: unknown option '--bogus' (see mvbasic check --help)"),
             (["phantom", "--bogus", "x.b"],
              "mvbasic phantom: unknown option '--bogus' (see mvbasic phantom --help)")]
    for args, message in cases:
        status, out, err = s.run(args)
        check(status == 2, "%s: status %d" % (args, status))
        check(err.strip() == message, "%s: stderr %r, expected %r" % (args, err, message))


def check_folder(s):
    """`check DIR` checks every source below it (record names without an extension too) and sums up."""
    for d in ("src/nested", "src/DATA.DIC"):
        os.makedirs(s.path(d), exist_ok=True)
    s.write("src/GOOD", "PRINT 'fine'\n")
    s.write("src/nested/ALSO.GOOD.b", "X = 1\n")
    s.write("src/nested/BROKEN.PROG", "PRINT 1 +\n")
    s.write("src/README.md", "# not BASIC: PRINT 1 +\n")
    s.write("src/KEYS.H", "EQU A TO\n")
    s.write("src/.hidden", "PRINT 1 +\n")
    s.write("src/DATA.DIC/F1", "PRINT 1 +\n")
    status, out, err = s.run(["check", s.path("src")])
    check(status == 3, "status should be 3, was %d; stderr:\n%s" % (status, err))
    check("BROKEN.PROG:1:10: error:" in err, "the broken source is not reported:\n%s" % err)
    check(err.count(": error:") == 1, "only BROKEN.PROG should fail:\n%s" % err)
    check(err.splitlines()[-1] == "mvbasic check: 3 files checked, 1 with errors; 1 error, 0 warnings",
          "summary line: %r" % err.splitlines()[-1])
    status, out, err = s.run(["check", s.path("src/GOOD")])
    check(status == 0 and err == "mvbasic check: 1 file checked, 0 with errors; 0 errors, 0 warnings\n",
          "one good file: status %d, stderr %r" % (status, err))


def run_folder(s):
    """`run DIR` is a usage error, not a silent success."""
    os.makedirs(s.path("adir"), exist_ok=True)
    status, out, err = s.run(["run", s.path("adir")])
    check(status == 2 and "is a folder" in err and "(see mvbasic run --help)" in err,
          "status %d, stderr %r" % (status, err))


def run_stdin(s):
    """`mvbasic run -` compiles standard input as one program: labels and GOSUB work, errors name <stdin>."""
    prog = "X = 2\nGOSUB SHOW\nSTOP\nSHOW:\n  PRINT 'x is ' : X : ' ' : @SENTENCE\nRETURN\n"
    status, out, err = s.run(["run", "-", "a1"], stdin_text=prog)
    check(status == 0 and out == "x is 2 RUN - a1\n", "status %d, stdout %r, stderr %r" % (status, out, err))
    status, out, err = s.run(["run", "-"], stdin_text="PRINT 'a'\nPRINT 1 +\n")
    check(status == 3 and "<stdin>:2:10: error:" in err and out == "", "status %d, stderr %r" % (status, err))


def stdin_program(s):
    """`mvbasic < prog.b` runs a whole program as one program (labels, GOSUB, blocks across lines), while
    input that is not a program (an expression to show) still runs line by line as in the REPL."""
    prog = ("#!/usr/bin/env mvbasic\nI = 0\nTOP:\n  I += 1\n  IF I < 3 THEN GOTO TOP\n"
            "GOSUB SHOW\nSTOP\nSHOW: PRINT 'I is ' : I\nRETURN\n")
    status, out, err = s.run([], stdin_text=prog)
    check(status == 0 and out == "I is 3\n", "status %d, stdout %r, stderr %r" % (status, out, err))
    status, out, err = s.run([], stdin_text="X = 6\nX * 7\n")
    check(status == 0 and out == "42\n", "REPL lines: status %d, stdout %r, stderr %r" % (status, out, err))


def repl_commands(s):
    """At the REPL: RUN of an absolute path is a command, a command sets @SYSTEM.RETURN.CODE, RUN / 2 is
    still BASIC, and HELP's command list is whole (wrapped within 100 columns, nothing cut off)."""
    prog = s.write("ABS.PROG.b", "PRINT 'abs ran'\n")
    script = "RUN %s\nSH -c 'exit 4'\nPRINT @SYSTEM.RETURN.CODE\nRUN = 4\nPRINT RUN / 2\n" % prog
    status, out, err = s.run([], stdin_text=script)
    check(out == "abs ran\n4\n2\n", "status %d, stdout %r, stderr %r" % (status, out, err))
    status, out, err = s.run([], stdin_text="HELP\n")
    check(status == 0 and all(len(l) <= 100 for l in out.splitlines()), "HELP lines too long:\n%s" % out)
    flat = " ".join(out.split())
    check("prints and returns its user number, or -7028 when no licence is free" in flat,
          "HELP lost the end of a long entry:\n%s" % out)


def sentence_quoting(s):
    """Arguments holding blanks or quotes reach @SENTENCE quoted the way QM's command line quotes them, so a
    quote-aware split gives each argument back; plain arguments stay as they are."""
    s.write("SENT.b", "PRINT @SENTENCE\n")
    status, out, err = s.run(["run", "SENT.b", "a b", "it's", "plain", 'say "hi"', ""])
    check(out == 'RUN SENT.b "a b" "it\'s" plain \'say "hi"\' ""\n', "stdout %r, stderr %r" % (out, err))


def caret_characters(s):
    """The caret under a compile error counts characters, not bytes, on a line holding UTF-8 text."""
    s.write("UTF.b", 'PRINT "h\u00e9llo \u20ac" +\n')
    status, out, err = s.run(["check", "UTF.b"])
    lines = err.splitlines()
    check(status == 3 and lines[1] == '    PRINT "h\u00e9llo \u20ac" +', "stderr %r" % err)
    check(lines[2] == "    " + " " * len('PRINT "h\u00e9llo \u20ac" +') + "^", "caret line %r" % lines[2])


def eval_statements(s):
    """`mvbasic -e 'STATEMENTS' ARGS` runs the statements as a program; errors name <-e>."""
    status, out, err = s.run(["-e", "PRINT 'hi ' : FIELD(@SENTENCE, ' ', 3) ; FOR I = 1 TO 2 ; PRINT I ; NEXT I",
                              "arg1"])
    check(status == 0 and out == "hi arg1\n1\n2\n", "status %d, stdout %r, stderr %r" % (status, out, err))
    status, out, err = s.run(["-e", "PRINT 1 +"])
    check(status == 3 and err.startswith("<-e>:1:10: error:"), "status %d, stderr %r" % (status, err))
    status, out, err = s.run(["-e", "X = 1 / 0"])
    check(status == 1 and "<-e>:1: runtime error: Division by zero" in err, "status %d, stderr %r" % (status, err))
    status, out, err = s.run(["-e"])
    check(status == 2 and "-e needs the statements to run" in err, "status %d, stderr %r" % (status, err))


def phantom_empty_log(s):
    """A phantom that wrote nothing leaves no log behind; one that wrote keeps its log."""
    import re
    import time
    s.write("QUIET.b", "X = 1\n")
    s.write("TALK.b", "PRINT 'said something'\n")
    logs = {}
    for prog in ("QUIET.b", "TALK.b"):
        status, out, err = s.run(["phantom", prog])
        m = re.match(r"Phantom (\d+) started; log (\S+)\n$", out)
        check(status == 0 and m, "phantom %s: status %d, stdout %r, stderr %r" % (prog, status, out, err))
        logs[prog] = m.group(2)
    deadline = time.monotonic() + 20
    while s.phantom_pids() and time.monotonic() < deadline:
        time.sleep(0.05)
    check(not s.phantom_pids(), "the phantoms did not end")
    check(not os.path.exists(logs["QUIET.b"]), "the empty log %s was left behind" % logs["QUIET.b"])
    with open(logs["TALK.b"]) as f:
        check("said something" in f.read(), "the talking phantom's log lost its text")


def sigterm_unix_socket(s):
    """SIGTERM stops a server run from the shell through the normal path: its Unix socket file goes."""
    import signal
    import time
    sock = s.path("srv.sock")
    s.write("SRV.b", "S = CREATE.SERVER.SOCKET('%s', 0, 1024)\nLOOP\n  C = ACCEPT.SOCKET.CONNECTION(S, 0)\nREPEAT\n"
            % sock)
    p = s.spawn(["run", "SRV.b"])
    deadline = time.monotonic() + 10
    while not os.path.exists(sock) and time.monotonic() < deadline:
        time.sleep(0.02)
    check(os.path.exists(sock), "the server never made its socket file")
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(timeout=10)
    except subprocess.TimeoutExpired:
        p.kill()
        raise
    check(not os.path.exists(sock), "the socket file was left behind after SIGTERM")
    check(p.returncode == 1, "status should be 1 after SIGTERM, was %d" % p.returncode)


def runtime_reports(s):
    """Runtime errors show their source line; a subscript out of range names the index and the bounds; a
    value in a message is cut short with its marks shown; a missing DEFFUN function is not a subroutine."""
    s.write("SUB.b", "DIM A(3)\nI = 5\n   PRINT A(I)\n")
    status, out, err = s.run(["run", "SUB.b"])
    check(status == 1, "status %d" % status)
    check(err.splitlines()[:2] == ["SUB.b:3: runtime error: Subscript out of range for matrix A: (5) is outside (1 to 3)",
                                   "       PRINT A(I)"], "stderr %r" % err)
    s.write("SUB2.b", "DIM B(2, 4)\nB(2, 5) = 1\n")
    status, out, err = s.run(["run", "SUB2.b"])
    check("matrix B: (2, 5) is outside (1 to 2, 1 to 4)" in err, "stderr %r" % err)
    s.write("LONG.b", "X = STR('ab', 30) : @FM : 'c' : @VM : 'd'\nY = X + 1\n")
    status, out, err = s.run(["run", "LONG.b"])
    check('Non-numeric value "' + "ab" * 20 + '"... (60 bytes) where numeric required' in err, "stderr %r" % err)
    s.write("MARKS.b", "X = 'a' : @FM : 'b' : @VM : 'c' : @SM : 'd!'\nY = X * 1\n")
    status, out, err = s.run(["run", "MARKS.b"])
    check("runtime error" in err, "stderr %r" % err)
    s.write("FN.b", "DEFFUN NOSUCH(A)\nPRINT NOSUCH(1)\n")
    status, out, err = s.run(["run", "FN.b"])
    check(err.startswith("FN.b:2: runtime error: Function NOSUCH not found"), "stderr %r" % err)


def execute_chain(s):
    """A runtime error in a program started by EXECUTE reports the chain on into the program that ran it."""
    s.write("INNER.b", "X = 1\nY = X / 0\n")
    s.write("OUTER.b", "CALL RUNNER\n")
    s.write("RUNNER", "SUBROUTINE RUNNER\n  EXECUTE 'RUN INNER.b'\nRETURN\n")
    status, out, err = s.run(["run", "OUTER.b"])
    lines = err.splitlines()
    check(lines[:4] == ["INNER.b:2: runtime error: Division by zero", "    Y = X / 0",
                        "    run by EXECUTE at ./RUNNER:2", "    called from OUTER.b:1"], "stderr %r" % err)


def repl_show_handles(s):
    """At the REPL a file, socket or matrix name typed alone is described instead of being an error."""
    script = ("DIM A(3)\nA\nOPENPATH '%s' TO F ELSE NULL\nF\nS = CREATE.SERVER.SOCKET('127.0.0.1', 0, 0)\nS\n"
              "X = 'a' : @FM : 'b'\nX\n" % s.dir)
    status, out, err = s.run([], stdin_text=script)
    want = ("A is a dimensioned matrix of 3 elements: use A(i) for one\na file: %s\n"
            "a socket (SOCKET.INFO(S, key) tells more)\na^b\n" % os.path.realpath(s.dir))
    check(status == 0 and out == want, "status %d, stdout %r, stderr %r" % (status, out, err))


def help_topics(s):
    """HELP lists its topics; HELP STATEMENTS / FUNCTIONS / @VARIABLES list names; HELP NAME covers commands,
    statements, functions and @variables; an unknown name gets a suggestion."""
    status, out, err = s.run([], stdin_text="HELP\n")
    check("Topics: HELP COMMANDS, HELP STATEMENTS, HELP FUNCTIONS, HELP @VARIABLES" in out, "HELP: %r" % out)
    cases = [("HELP STATEMENTS", "READVU"), ("HELP FUNCTIONS", "OCONV"), ("HELP @VARIABLES", "@SENTENCE"),
             ("HELP LOOP", "LOOP {statements} {WHILE|UNTIL cond {DO}} {statements} REPEAT"),
             ("HELP READV", "READV/READVU/READVL var FROM fv, id, field"), ("HELP SH", "SH -c 'COMMAND'"),
             ("HELP @USERNO", "@USERNO: "), ("HELP FIELD", "FIELD(s, delim, occ {, count})")]
    for cmd, want in cases:
        status, out, err = s.run([], stdin_text=cmd + "\n")
        check(want in out, "%s: %r %r" % (cmd, out, err))
    status, out, err = s.run([], stdin_text="HELP PRNT\n")
    check("nothing is known about PRNT; did you mean 'PRINT'?" in err, "stderr %r" % err)


def disasm_trace(s):
    """--disasm names built-ins, variables and called routines, shows marks as ^ ] \\ and lists the called
    routines too; --trace shows names and values; --disasm --trace does both."""
    s.write("D.b", "X = 'a' : @FM : 'b'\nY = LEN(X)\nCALL SUB1(Y)\nPRINT Y\n")
    s.write("SUB1", "SUBROUTINE SUB1(N)\nN += 1\nRETURN\n")
    status, out, err = s.run(["run", "--disasm", "D.b"])
    check(status == 0, "status %d, stderr %r" % (status, err))
    for want in ['PUSH_CONST    1 "^"', "CALL_BUILTIN  LEN, 1", "STORE         1 (Y)", "CALL          SUB1, 1",
                 "; routine SUB1 (./SUB1)", "ADD_VAR       0 (N)"]:
        check(want in out, "--disasm lacks %r:\n%s" % (want, out))
    status, out, err = s.run(["run", "--trace", "D.b"])
    check(out == "4\n", "stdout %r" % out)
    for want in ['STORE 0 (X) <- "a^b"', "CALL_BUILTIN LEN", "STORE 1 (Y) <- 3", "ADD_VAR 0 (N) = 3"]:
        check(want in err, "--trace lacks %r:\n%s" % (want, err))
    status, out, err = s.run(["run", "--disasm", "--trace", "D.b"])
    check("CALL_BUILTIN  LEN" in out and out.endswith("4\n") and "[trace]" in err, "both: %r %r" % (out, err))


def phantom_compile_error(s):
    """A phantom of a program that does not compile reports the error and starts nothing (exit 3)."""
    s.write("BAD.b", "PRINT 1 +\n")
    status, out, err = s.run(["phantom", "BAD.b"])
    check(status == 3, "status should be 3, was %d; stdout %r" % (status, out))
    check("BAD.b:1:10: error:" in err, "stderr %r" % err)
    check("started" not in out.lower() and "started" not in err.lower(), "a phantom was reported: %r %r" % (out, err))
    check(s.phantom_pids() == [], "a phantom process is running")


def stdout_full(s):
    """Output that cannot be written is an error with a nonzero exit, not lost in silence."""
    s.write("HI.b", "PRINT 'hello'\n")
    with open("/dev/full", "w") as full:
        p = subprocess.run([s.mvbasic, "run", "HI.b"], cwd=s.dir, env=s.env(), stdout=full,
                           stderr=subprocess.PIPE, timeout=30)
    err = p.stderr.decode()
    check(p.returncode == 1, "status should be 1, was %d" % p.returncode)
    check("cannot write to standard output: No space left on device" in err, "stderr %r" % err)


if __name__ == "__main__":
    main({f.__name__: f for f in (help_per_command, unknown_options, check_folder, run_folder, run_stdin, stdin_program, repl_commands, sentence_quoting, caret_characters, eval_statements, phantom_empty_log, sigterm_unix_socket, runtime_reports, execute_chain, repl_show_handles, help_topics, disasm_trace,
                                  phantom_compile_error, stdout_full)})
