#!/usr/bin/env python3
"""Record locks between mvbasic processes.

    lock_test.py [--mvbasic PATH] [-v]

Starts several `mvbasic run` processes on one directory file and checks what each sees:
  1. RECORDLOCKED() is -2 for a record another process holds with READU, and STATUS() is its user number;
     READU/READL with a LOCKED clause take LOCKED (STATUS() the holder), a plain READ is not blocked, and
     WRITE/DELETE with a LOCKED clause take LOCKED.
  2. READU without a LOCKED clause blocks until the holder releases the record, then gets it.
  3. A holder killed with kill -9 leaves no lock: a blocked READU gets the record at once.
  4. Shared locks: two READL holders coexist; READU with LOCKED takes LOCKED until both let go.
  5. OPENSEQ locks the file: a second OPENSEQ takes LOCKED, and READU of the same record through OPEN of
     its folder conflicts with it; the lock goes when the holder ends.
  6. Task locks: LOCK n of a lock another process holds takes ELSE (STATUS() the holder) and UNLOCK n takes
     ELSE with ER$LCK; RELEASE does not free a task lock; LOCK without ELSE waits until the holder's UNLOCK.
Everything happens in /tmp/mvbasic-test-locks-<pid> (programs, data and a RUNDIR of its own, given by a
configuration file, so no other mvbasic process interferes); the folder is removed at the end.
Exit status 0 when every check passes, 1 when one fails, 2 on a usage error.
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import time

HOLD = r"""
* Takes a lock as the first argument says, reports it, then waits for a line on standard input before
* releasing it and for another before ending.
MODE = FIELD(@SENTENCE, " ", 3)
REC = FIELD(@SENTENCE, " ", 4)
OPEN "DATA" TO F ELSE STOP "NO DATA"
BEGIN CASE
   CASE MODE = "U"
      READU X FROM F, REC ELSE NULL
   CASE MODE = "L"
      READL X FROM F, REC ELSE NULL
   CASE MODE = "SEQ"
      OPENSEQ "DATA", REC TO S ELSE NULL
END CASE
PRINT "HOLDING ":@USERNO
INPUT GO
RELEASE
PRINT "RELEASED"
INPUT GO
"""

PROBE = r"""
* Looks at record R1 held by another process, never waiting.
OPEN "DATA" TO F ELSE STOP "NO DATA"
PRINT "RECORDLOCKED ":RECORDLOCKED(F, "R1"):" ":STATUS()
READU X FROM F, "R1" LOCKED
   PRINT "READU LOCKED ":STATUS()
END ELSE
   PRINT "READU GOT IT"
END
READL X FROM F, "R1" LOCKED
   PRINT "READL LOCKED ":STATUS()
END ELSE
   PRINT "READL GOT IT"
END
READ X FROM F, "R1" THEN PRINT "READ THEN" ELSE PRINT "READ ELSE ":STATUS()
WRITE "x" ON F, "R1" LOCKED
   PRINT "WRITE LOCKED ":STATUS()
END THEN
   PRINT "WRITE DONE"
END
DELETE F, "R1" LOCKED
   PRINT "DELETE LOCKED ":STATUS()
END THEN
   PRINT "DELETE DONE"
END
"""

WAIT = r"""
* READU without a LOCKED clause: waits for the record named by the argument.
REC = FIELD(@SENTENCE, " ", 3)
OPEN "DATA" TO F ELSE STOP "NO DATA"
PRINT "WAITING"
READU X FROM F, REC ELSE NULL
PRINT "GOT ":REC
"""

TRYU = r"""
* READU with a LOCKED clause on the record named by the argument.
REC = FIELD(@SENTENCE, " ", 3)
OPEN "DATA" TO F ELSE STOP "NO DATA"
READU X FROM F, REC LOCKED
   PRINT "LOCKED ":STATUS()
END ELSE
   PRINT "GOT ":REC
END
"""

TRYSEQ = r"""
* OPENSEQ with a LOCKED clause of the record named by the argument.
REC = FIELD(@SENTENCE, " ", 3)
OPENSEQ "DATA", REC TO S LOCKED
   PRINT "LOCKED ":STATUS()
END THEN
   PRINT "OPENED"
END ELSE
   PRINT "OPENED NEW"
END
"""

TASKHOLD = r"""
* Holds task lock 5; at each line of standard input: RELEASE (which must keep it), then UNLOCK, then the end.
LOCK 5
PRINT "HOLDING ":@USERNO
INPUT GO
RELEASE
PRINT "RELEASED"
INPUT GO
UNLOCK 5 THEN PRINT "UNLOCKED" ELSE PRINT "NOT HELD ":STATUS()
INPUT GO
"""

TRYTASK = r"""
* LOCK 5 with an ELSE clause, then UNLOCK 5.
LOCK 5 THEN PRINT "GOT 5" ELSE PRINT "LOCKED ":STATUS()
UNLOCK 5 THEN PRINT "UNLOCKED" ELSE PRINT "UNLOCK ELSE ":STATUS()
"""

WAITTASK = r"""
* LOCK 5 without an ELSE clause waits for it.
PRINT "WAITING"
LOCK 5
PRINT "GOT 5 ":STATUS()
"""


class Checker:
    def __init__(self, mvbasic, work, verbose):
        self.mvbasic = mvbasic
        self.work = work
        self.verbose = verbose
        self.failures = 0
        self.env = dict(os.environ, MVBASIC_CONFIG=os.path.join(work, "mvbasic.conf"))
        self.procs = []

    def check(self, ok, what):
        if ok:
            if self.verbose:
                print("ok   " + what)
        else:
            self.failures += 1
            print("FAIL " + what)

    def start(self, prog, *args):
        p = subprocess.Popen([self.mvbasic, "run", prog, *args], cwd=self.work, env=self.env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.procs.append(p)
        return p

    def run(self, prog, *args):
        r = subprocess.run([self.mvbasic, "run", prog, *args], cwd=self.work, env=self.env,
                           stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30)
        if r.returncode != 0:
            print("  %s %s exited %d: %s" % (prog, " ".join(args), r.returncode, r.stderr.strip()))
        return r.stdout.splitlines()

    def expect_line(self, p, want, what, timeout=10):
        """Reads one line of p's output, giving up after `timeout` seconds."""
        line = read_line(p, timeout)
        self.check(line is not None and line.startswith(want), "%s (wanted %r, got %r)" % (what, want, line))
        return line

    def stop_all(self):
        for p in self.procs:
            if p.poll() is None:
                p.kill()
            p.wait()


def read_line(p, timeout):
    """One line from p.stdout within `timeout` seconds, or None."""
    import selectors
    sel = selectors.DefaultSelector()
    sel.register(p.stdout, selectors.EVENT_READ)
    ready = sel.select(timeout)
    sel.close()
    if not ready:
        return None
    line = p.stdout.readline()
    return line.rstrip("\n") if line else None


def send(p, text="go"):
    p.stdin.write(text + "\n")
    p.stdin.flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mvbasic", default=os.environ.get("MVBASIC", "mvbasic"))
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    mvbasic = shutil.which(a.mvbasic) or a.mvbasic
    if not os.path.isfile(mvbasic):
        print("lock_test: no mvbasic at %r (use --mvbasic PATH)" % a.mvbasic, file=sys.stderr)
        return 2
    mvbasic = os.path.abspath(mvbasic)

    work = "/tmp/mvbasic-test-locks-%d" % os.getpid()
    os.makedirs(os.path.join(work, "DATA"))
    with open(os.path.join(work, "mvbasic.conf"), "w") as f:
        f.write("[mvbasic]\nRUNDIR = %s/run\n" % work)
    for name, text in (("HOLD.b", HOLD), ("PROBE.b", PROBE), ("WAIT.b", WAIT), ("TRYU.b", TRYU),
                       ("TRYSEQ.b", TRYSEQ), ("TASKHOLD.b", TASKHOLD), ("TRYTASK.b", TRYTASK),
                       ("WAITTASK.b", WAITTASK)):
        with open(os.path.join(work, name), "w") as f:
            f.write(text.lstrip("\n"))
    c = Checker(mvbasic, work, a.verbose)
    try:
        scenarios(c)
    finally:
        c.stop_all()
        shutil.rmtree(work, ignore_errors=True)
    print("lock_test: %s" % ("all checks passed" if c.failures == 0 else "%d check(s) failed" % c.failures))
    return 0 if c.failures == 0 else 1


def waits_for(c, holder, waiter_args, let_go, got, what):
    """Starts the waiter program, checks that it blocks while `holder` holds the lock, then lets the holder go on
    (it prints `let_go`) and checks that the waiter gets the lock at once (it prints `got`)."""
    waiter = c.start(*waiter_args)
    c.expect_line(waiter, "WAITING", what + ": waiter started")
    c.check(read_line(waiter, 1.5) is None, what + ": the waiter blocks while the lock is held")
    send(holder)
    c.expect_line(holder, let_go, what + ": the holder lets go")
    c.expect_line(waiter, got, what + ": the waiter gets the lock once it is free", timeout=5)
    waiter.wait(timeout=10)


def scenarios(c):
    # 1. What another process sees of an update lock.
    holder = c.start("HOLD.b", "U", "R1")
    line = c.expect_line(holder, "HOLDING", "READU holder reports its lock")
    user = line.split()[1] if line else "?"
    out = c.run("PROBE.b")
    c.check(out[:1] == ["RECORDLOCKED -2 " + user], "RECORDLOCKED -2 and STATUS() = holder %s: %r" % (user, out[:1]))
    c.check("READU LOCKED " + user in out, "READU takes LOCKED, STATUS() = holder: %r" % out)
    c.check("READL LOCKED " + user in out, "READL takes LOCKED: %r" % out)
    c.check("READ ELSE 3006" in out, "plain READ is not blocked (record missing: ELSE 3006): %r" % out)
    c.check("WRITE LOCKED " + user in out, "WRITE with a LOCKED clause takes LOCKED: %r" % out)
    c.check("DELETE LOCKED " + user in out, "DELETE with a LOCKED clause takes LOCKED: %r" % out)

    # 2. READU without LOCKED waits until the holder releases.
    waits_for(c, holder, ("WAIT.b", "R1"), "RELEASED", "GOT R1", "READU")
    send(holder)
    holder.wait(timeout=10)

    # 3. kill -9 of a holder frees its lock at once.
    victim = c.start("HOLD.b", "U", "R2")
    c.expect_line(victim, "HOLDING", "second holder reports its lock")
    out = c.run("TRYU.b", "R2")
    c.check(out[:1] and out[0].startswith("LOCKED"), "READU LOCKED while the victim lives: %r" % out)
    waiter = c.start("WAIT.b", "R2")
    c.expect_line(waiter, "WAITING", "waiter started")
    c.check(read_line(waiter, 1.0) is None, "READU blocks behind the victim")
    t0 = time.time()
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=10)
    c.expect_line(waiter, "GOT R2", "READU gets the record after kill -9 of the holder", timeout=5)
    c.check(time.time() - t0 < 3, "and within 3 seconds (%.2fs)" % (time.time() - t0))
    waiter.wait(timeout=10)
    out = c.run("TRYU.b", "R2")
    c.check(out == ["GOT R2"], "no stale lock remains: %r" % out)

    # 4. Shared locks coexist and keep READU out.
    s1 = c.start("HOLD.b", "L", "R3")
    s2 = c.start("HOLD.b", "L", "R3")
    c.expect_line(s1, "HOLDING", "first READL holder")
    c.expect_line(s2, "HOLDING", "second READL holder shares the record")
    out = c.run("TRYU.b", "R3")
    c.check(out[:1] and out[0].startswith("LOCKED"), "READU LOCKED while READL holders share it: %r" % out)
    send(s1)
    c.expect_line(s1, "RELEASED", "first READL holder lets go")
    out = c.run("TRYU.b", "R3")
    c.check(out[:1] and out[0].startswith("LOCKED"), "still LOCKED while one READL holder remains: %r" % out)
    send(s2)
    c.expect_line(s2, "RELEASED", "second READL holder lets go")
    out = c.run("TRYU.b", "R3")
    c.check(out == ["GOT R3"], "READU gets it when both have gone: %r" % out)
    for p in (s1, s2):
        send(p)
        p.wait(timeout=10)

    # 5. OPENSEQ holds the file; READU of the same record conflicts with it.
    seq = c.start("HOLD.b", "SEQ", "log.txt")
    line = c.expect_line(seq, "HOLDING", "OPENSEQ holder")
    user = line.split()[1] if line else "?"
    out = c.run("TRYSEQ.b", "log.txt")
    c.check(out == ["LOCKED " + user], "second OPENSEQ takes LOCKED, STATUS() = holder: %r" % out)
    out = c.run("TRYU.b", "log.txt")
    c.check(out == ["LOCKED " + user], "READU of the record OPENSEQ holds takes LOCKED: %r" % out)
    send(seq)
    c.expect_line(seq, "RELEASED", "RELEASE frees OPENSEQ's lock")
    out = c.run("TRYSEQ.b", "log.txt")
    c.check(out == ["OPENED NEW"], "OPENSEQ succeeds once released (file never written: ELSE): %r" % out)
    send(seq)
    seq.wait(timeout=10)

    # 6. Task locks hold between processes; RELEASE leaves them; LOCK without ELSE waits for UNLOCK.
    task = c.start("TASKHOLD.b")
    line = c.expect_line(task, "HOLDING", "LOCK 5 holder")
    user = line.split()[1] if line else "?"
    out = c.run("TRYTASK.b")
    c.check(out == ["LOCKED " + user, "UNLOCK ELSE 3011"],
            "LOCK 5 takes ELSE (STATUS() the holder), UNLOCK 5 takes ELSE with ER$LCK: %r" % out)
    send(task)
    c.expect_line(task, "RELEASED", "holder runs RELEASE")
    out = c.run("TRYTASK.b")
    c.check(out[:1] == ["LOCKED " + user], "RELEASE does not free a task lock: %r" % out)
    waits_for(c, task, ("WAITTASK.b",), "UNLOCKED", "GOT 5 0", "LOCK without ELSE")
    send(task)
    task.wait(timeout=10)
    out = c.run("TRYTASK.b")
    c.check(out == ["GOT 5", "UNLOCKED"], "the lock is free when both have ended: %r" % out)


if __name__ == "__main__":
    sys.exit(main())
