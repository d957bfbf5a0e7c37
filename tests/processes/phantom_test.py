#!/usr/bin/env python3
"""Phantoms: detached background processes started from the shell and through EXECUTE, listed and stopped by
user number, with their output in a log file.

usage: phantom_test.py MVBASIC TEST"""
import os
import re
import signal

from harness import check, main, wait_for


def start(s, *args):
    status, out, err = s.run(["phantom"] + list(args))
    check(status == 0, "mvbasic phantom failed with %d:\n%s%s" % (status, out, err))
    m = re.match(r"Phantom (\d+) started; log (\S+)\n$", out)
    check(m, "unexpected output from mvbasic phantom: %r" % out)
    return int(m.group(1)), m.group(2)


def read(path):
    try:
        return open(path).read()
    except FileNotFoundError:
        return ""


def listing(s, verb="phantoms"):
    status, out, err = s.run([verb])
    check(status == 0, "mvbasic %s failed: %s" % (verb, err))
    return {int(m.group(1)): (int(m.group(2)), m.group(3), m.group(4))
            for m in re.finditer(r"^[ *]\s*(\d+)\s+(\d+)\s+(\w+)\s+\S+ \S+\s+(.*)$", out, re.M)}


def alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie has exited; only its parent has not reaped it yet.
    try:
        return open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def shell(s):
    """`mvbasic phantom FILE ARGS` starts a detached process: no terminal, its own session, output in its log;
    `mvbasic phantoms` lists it and `mvbasic logout N` stops it."""
    user, log = start(s, "sleeper.b", "a", "two words")
    entries = listing(s)
    check(user in entries, "mvbasic phantoms should list user %d: %r" % (user, entries))
    pid, kind, command = entries[user]
    check(kind == "phantom" and "RUN sleeper.b" in command and log in command, "listed as %r" % (entries[user],))
    stat = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    check(int(stat[4]) == 0 and int(stat[5]) == -1, "a phantom must have no controlling terminal: %r" % stat[4:6])
    check(int(stat[3]) != os.getsid(0), "a phantom must be in its own session")
    check(os.readlink("/proc/%d/fd/0" % pid) == "/dev/null", "a phantom's standard input is /dev/null")
    check(os.path.realpath("/proc/%d/fd/1" % pid) == os.path.realpath(log), "a phantom's output goes to its log")
    check(user in listing(s, "users"), "mvbasic users should list the phantom too")
    status, out, err = s.run(["logout", str(user)])
    check(status == 0 and out == "User %d logged out.\n" % user, "logout: %d %r %r" % (status, out, err))
    check(not alive(pid), "the phantom (pid %d) should be gone after logout" % pid)
    check(user not in listing(s), "a stopped phantom must not be listed")
    # LOGOUT interrupts the program, which writes what it had printed and the reason it stopped.
    text = read(log)
    m = re.match(r"user=(\d+) phantom=1 tty=(\S*) sentence=RUN sleeper.b a \"two words\"\n", text)
    check(m and int(m.group(1)) == user, "the log should start with the phantom's facts, was %r" % text)
    check("runtime error: Interrupted" in text, "the log should say the phantom was interrupted: %r" % text)
    status, out, err = s.run(["logout", str(user)])
    check(status == 1 and "no process has user number %d" % user in err, "second logout: %d %r" % (status, err))


def tty(s):
    """@TTY is 'phantom' in a phantom."""
    s.write("tty.b", "PRINT 'tty=':@TTY:' '\n")
    user, log = start(s, "tty.b")
    wait_for(lambda: user not in listing(s), 10, "the phantom to finish")
    text = read(log)
    check("tty=phantom " in text, "@TTY in a phantom should be 'phantom': %r" % text)


def execute(s):
    """EXECUTE "PHANTOM RUN ..." returns the user number in RETURNING and @SYSTEM.RETURN.CODE; LIST.PHANTOMS
    and LOGOUT work through EXECUTE; a phantom outlives the program that started it."""
    s.write("starter.b", """\
EXECUTE "PHANTOM RUN worker.b" CAPTURING OUT RETURNING USER
PRINT "started ":USER:" code ":@SYSTEM.RETURN.CODE:" said ":OUT
EXECUTE "PHANTOM sleeper.b" RETURNING SLEEPER
EXECUTE "LIST.PHANTOMS" CAPTURING LIST RETURNING COUNT
FOUND = 0
FOR I = 2 TO DCOUNT(LIST, @FM)
  IF FIELD(TRIM(LIST<I>), " ", 1) = SLEEPER THEN FOUND = 1
NEXT I
PRINT "listed ":FOUND:" count>0 ":(COUNT > 0)
EXECUTE "LOGOUT ":SLEEPER CAPTURING OUT RETURNING RC
PRINT "logout ":RC:" ":OUT
""")
    status, out, err = s.run(["run", "starter.b"])
    check(status == 0, "starter.b failed %d:\n%s%s" % (status, out, err))
    m = re.match(r"started (\d+) code (\d+) said Phantom (\d+) started; log \S+\n", out)
    check(m and m.group(1) == m.group(2) == m.group(3), "first line: %r" % out)
    check("\nlisted 1 count>0 1\n" in out, "LIST.PHANTOMS through EXECUTE: %r" % out)
    check(re.search(r"\nlogout 0 User \d+ logged out\.\n$", out), "LOGOUT through EXECUTE: %r" % out)
    worker = int(m.group(1))
    marker = s.path("done.%d" % worker)
    wait_for(lambda: os.path.exists(marker), 10, "the worker's marker file " + marker)
    wait_for(lambda: worker not in listing(s), 10, "the worker to end")


def missing(s):
    """PHANTOM of a program that cannot be read fails at once, with a message and a negative status."""
    status, out, err = s.run(["phantom", "nosuch.b"])
    check(status == 1 and "PHANTOM: cannot read nosuch.b" in err, "status %d, stderr %r" % (status, err))
    check(listing(s) == {}, "no phantom should be running")


def user_numbers(s):
    """Concurrent processes get distinct user numbers; a killed process's number is free again at once."""
    started = [start(s, "sleeper.b") for _ in range(5)]
    users = sorted(u for u, _ in started)
    check(len(set(users)) == 5, "user numbers must be distinct: %r" % users)
    entries = listing(s)
    victim = users[1]
    os.kill(entries[victim][0], signal.SIGKILL)
    wait_for(lambda: victim not in listing(s), 10, "the killed phantom to leave the table")
    again, _ = start(s, "sleeper.b")
    check(again == victim, "the lowest free number %d should be reused, got %d" % (victim, again))


if __name__ == "__main__":
    main({f.__name__: f for f in (shell, tty, execute, missing, user_numbers)})
