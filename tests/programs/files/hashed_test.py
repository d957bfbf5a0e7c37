#!/usr/bin/env python3
"""Hashed files between processes, under kill -9, and on damaged databases.

    hashed_test.py [--mvbasic PATH] [-v] [--only NAME]

  counter   8 processes each add 1 to one counter record N times under READU/WRITE; it ends at exactly 8*N.
            N is 10000, or $MVBASIC_COUNTER_N (the sanitizer build uses a smaller count).
  locks     READU in one process makes another's READU LOCKED (STATUS() the holder's user number) and its
            RECORDLOCKED() -2; kill -9 of the holder frees the record at once.
  kill      writers killed with SIGKILL in the middle of their writes leave a database that passes PRAGMA
            integrity_check, with every record each writer committed present and whole (each writer writes
            its records in order, so they must be a gap-free prefix).
  txn       writes in a transaction are seen by other processes only after COMMIT, in both files at once;
            a process killed before COMMIT leaves no trace of its transaction.
  index     4 processes write, rewrite, delete and transact on 50 shared records of a file with an index on
            a multivalued field while a fifth builds the index again, and one writer is killed with SIGKILL;
            afterwards the index holds exactly the keys of the records there are (checked in SQLite).
  faults    a corrupt database, a database another process keeps locked, a read-only database and a deleted
            one: each gives a clear error naming the database and QM's STATUS(), never a crash.
Everything happens in /tmp/mvbasic-test-hashed-<pid> (with a RUNDIR of its own), removed at the end.
Exit status 0 when every check passes, 1 when one fails, 2 on a usage error.
"""
import argparse
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import lock_test  # beside this script: its checker and bounded line reader

INC = r"""
* Adds 1 to record C of COUNTER as many times as the argument says.
N = FIELD(@SENTENCE, " ", 3)
OPEN "COUNTER" TO F ELSE STOP "NO COUNTER ":STATUS()
FOR I = 1 TO N
   READU C FROM F, "C" ELSE C = 0
   WRITE C + 1 ON F, "C"
NEXT I
PRINT "DONE"
"""

HOLD = r"""
* Takes the update lock of record R1, says so, and waits for a line of input.
OPEN "DATA" TO F ELSE STOP "NO DATA"
READU X FROM F, "R1" ELSE NULL
PRINT "HOLDING ":@USERNO
INPUT GO
"""

PROBE = r"""
* Looks at record R1, never waiting.
OPEN "DATA" TO F ELSE STOP "NO DATA"
PRINT "RECORDLOCKED ":RECORDLOCKED(F, "R1"):" ":STATUS()
READU X FROM F, "R1" LOCKED
   PRINT "READU LOCKED ":STATUS()
END ELSE
   PRINT "READU GOT IT"
END
"""

WRITER = r"""
* Writes records P-1, P-2, ... of about 200 bytes (marks included) from a line of input until it is killed.
P = FIELD(@SENTENCE, " ", 3)
OPEN "DATA" TO F ELSE STOP "NO DATA"
PRINT "READY"
INPUT GO
I = 0
LOOP
   I += 1
   WRITE P:@FM:I:@VM:STR("x", 180):@FM:I ON F, P:"-":I
REPEAT
"""

FAULT = r"""
* Opens DATA (ON ERROR and ELSE both reported), then reads and writes a record, each with ON ERROR.
OPEN "DATA" TO F ON ERROR
   PRINT "OPEN ON ERROR ":STATUS()
   STOP
END ELSE
   PRINT "OPEN ELSE ":STATUS()
   STOP
END
READ X FROM F, "R1" ON ERROR PRINT "READ ON ERROR ":STATUS() THEN PRINT "READ ":X ELSE PRINT "READ ELSE ":STATUS()
WRITE "new" ON F, "R2" ON ERROR PRINT "WRITE ON ERROR ":STATUS() THEN PRINT "WRITE DONE"
"""

TXN = r"""
* Writes record ID of DATA and of COUNTER in one transaction, and commits it after a line of input.
ID = FIELD(@SENTENCE, " ", 3)
OPEN "DATA" TO F ELSE STOP "NO DATA"
OPEN "COUNTER" TO G ELSE STOP "NO COUNTER"
BEGIN TRANSACTION
   WRITE "d" ON F, ID
   WRITE "c" ON G, ID
   PRINT "HELD"
   INPUT GO
   COMMIT
END TRANSACTION
PRINT "COMMITTED"
INPUT GO
"""

SEED = r"""
* Writes record R1 of DATA.
OPEN "DATA" TO F ELSE STOP "NO DATA ":STATUS()
WRITE "one" ON F, "R1"
"""

ISETUP = r"""
* Makes file IDX with the D-type dictionary field CAT (field 1) and builds an index on it.
EXECUTE "CREATE.FILE IDX" CAPTURING OUT
OPEN "DICT", "IDX" TO D ELSE STOP "NO DICT"
WRITE "D":@FM:1 ON D, "CAT"
EXECUTE "CREATE.INDEX IDX CAT" CAPTURING OUT
EXECUTE "BUILD.INDEX IDX CAT" CAPTURING OUT
PRINT "SET UP ":@SYSTEM.RETURN.CODE
"""

IWRITER = r"""
* Writer P changes records 0..49 of IDX N times: writes with one or two keys (or none), deletes, and pairs of
* writes in one transaction, so that the writers overwrite each other's keys.
P = FIELD(@SENTENCE, " ", 3) + 0
N = FIELD(@SENTENCE, " ", 4) + 0
OPEN "IDX" TO F ELSE STOP "NO IDX"
PRINT "READY"
INPUT GO
FOR I = 1 TO N
   ID = MOD(I * 7 + P * 13, 50)
   K = "K":MOD(I + P, 6)
   BEGIN CASE
      CASE MOD(I, 10) = 0
         DELETE F, ID
      CASE MOD(I, 10) = 5
         BEGIN TRANSACTION
            WRITE K:@VM:"T":P ON F, ID
            WRITE "T":P:@VM:K:@VM:K ON F, MOD(ID + 1, 50)
            COMMIT
         END TRANSACTION
      CASE MOD(I, 10) = 7
         WRITE "":@FM:P ON F, ID
      CASE 1
         WRITE K:@VM:"K":MOD(I, 4):@FM:P:@FM:I ON F, ID
   END CASE
NEXT I
PRINT "DONE"
"""

IBUILD = r"""
* Builds the index on CAT again, M times, while the writers run.
M = FIELD(@SENTENCE, " ", 3) + 0
FOR I = 1 TO M
   EXECUTE "BUILD.INDEX IDX CAT" CAPTURING OUT
   IF @SYSTEM.RETURN.CODE # 0 THEN PRINT "BUILD FAILED ":OUT
NEXT I
PRINT "BUILT"
"""

PLAIN = r"""
* The same WRITE without ON ERROR: the fault stops the program with its message.
OPEN "DATA" TO F ELSE STOP "NO DATA ":STATUS()
WRITE "new" ON F, "R2"
PRINT "NOT REACHED"
"""


class Checker(lock_test.Checker):
    """lock_test's checker (results, processes to stop at the end), with runs that give back the whole result
    and may go through a prefix command (timeout, nice) or another environment."""

    def start(self, prog, *args, prefix=()):
        p = subprocess.Popen([*prefix, self.mvbasic, "run", prog, *args], cwd=self.work, env=self.env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.procs.append(p)
        return p

    def run(self, prog, *args, prefix=(), timeout=60, env=None):
        r = subprocess.run([*prefix, self.mvbasic, "run", prog, *args], cwd=self.work, env=env or self.env,
                           stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)
        return r

    def command(self, *words):
        return subprocess.run([self.mvbasic, *words], cwd=self.work, env=self.env, capture_output=True,
                              text=True, timeout=30)


read_line = lock_test.read_line


def db_path(c):
    return os.path.join(c.work, "mvfiles.db")


def table_of(c, name):
    with sqlite3.connect(db_path(c)) as db:
        row = db.execute("SELECT num FROM mv_files WHERE name = ?", (name.encode(),)).fetchone()
    return "f%d" % row[0]


def counter(c):
    n = int(os.environ.get("MVBASIC_COUNTER_N", "10000"))
    c.command("create-file", "DATA", "COUNTER")
    procs = [c.start("INC.b", str(n)) for _ in range(8)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        c.check(p.returncode == 0 and out.strip() == "DONE", "counter: process ended well (%r)" % err.strip())
    with sqlite3.connect(db_path(c)) as db:
        value = db.execute("SELECT data FROM %s WHERE id = ?" % table_of(c, "COUNTER"), (b"C",)).fetchone()
    c.check(value is not None and value[0] == str(8 * n).encode(),
            "counter: 8 x %d increments give %d (got %r)" % (n, 8 * n, value))


def locks(c):
    holder = c.start("HOLD.b")
    line = read_line(holder, 20) or ""
    c.check(line.startswith("HOLDING "), "locks: holder has R1 (%r)" % line)
    user = line.split()[-1] if line else "?"
    out = c.run("PROBE.b").stdout.splitlines()
    c.check(out == ["RECORDLOCKED -2 " + user, "READU LOCKED " + user],
            "locks: the other process sees the lock and its holder %s (%r)" % (user, out))
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    out = c.run("PROBE.b").stdout.splitlines()
    c.check(out == ["RECORDLOCKED 0 0", "READU GOT IT"], "locks: kill -9 of the holder frees R1 (%r)" % out)


def kill_writers(c):
    writers = [c.start("WRITER.b", "W%d" % i) for i in range(4)]
    for w in writers:
        c.check(read_line(w, 20) == "READY", "kill: writer started")
    for w in writers:
        w.stdin.write("go\n")
        w.stdin.flush()
    time.sleep(1.0)
    for w in writers:
        w.send_signal(signal.SIGKILL)
    for w in writers:
        w.wait()
    with sqlite3.connect(db_path(c)) as db:
        check = db.execute("PRAGMA integrity_check").fetchall()
        c.check(check == [("ok",)], "kill: integrity_check is ok (%r)" % check[:3])
        rows = db.execute("SELECT id, data FROM %s" % table_of(c, "DATA")).fetchall()
    by_writer = {}
    whole = True
    for rid, data in rows:
        p, i = rid.decode().split("-")
        by_writer.setdefault(p, set()).add(int(i))
        want = ("%s\xfe%s\xfd%s\xfe%s" % (p, i, "x" * 180, i)).encode("latin-1")
        whole = whole and data == want
    c.check(whole, "kill: every record is whole, byte for byte")
    for i in range(4):
        got = by_writer.get("W%d" % i, set())
        c.check(len(got) > 0 and got == set(range(1, max(got) + 1)),
                "kill: writer W%d's committed records 1..%d are all there" % (i, max(got) if got else 0))


def has_record(c, file, rid):
    with sqlite3.connect(db_path(c)) as db:
        return db.execute("SELECT 1 FROM %s WHERE id = ?" % table_of(c, file), (rid.encode(),)).fetchone() is not None


def transactions(c):
    p = c.start("TXN.b", "T1")
    line = read_line(p, 20)
    c.check(line is not None and line.endswith("HELD"), "txn: transaction open (%r)" % line)
    c.check(not has_record(c, "DATA", "T1") and not has_record(c, "COUNTER", "T1"),
            "txn: nothing is seen before COMMIT")
    p.stdin.write("go\n")
    p.stdin.flush()
    line = read_line(p, 20)
    c.check(line is not None and line.endswith("COMMITTED"), "txn: committed (%r)" % line)
    c.check(has_record(c, "DATA", "T1") and has_record(c, "COUNTER", "T1"), "txn: both writes seen after COMMIT")
    p.kill()
    p.wait()
    p = c.start("TXN.b", "T2")
    line = read_line(p, 20)
    c.check(line is not None and line.endswith("HELD"), "txn: second transaction open (%r)" % line)
    p.send_signal(signal.SIGKILL)
    p.wait()
    with sqlite3.connect(db_path(c)) as db:
        check = db.execute("PRAGMA integrity_check").fetchall()
    c.check(check == [("ok",)] and not has_record(c, "DATA", "T2") and not has_record(c, "COUNTER", "T2"),
            "txn: kill -9 before COMMIT leaves no trace")


def index_consistent(c, what):
    """The entries of index CAT of IDX are exactly the keys of the records in IDX: every value of field 1
    (an empty field is the key "") for each record, and nothing for a record that is not there."""
    with sqlite3.connect(db_path(c)) as db:
        check = db.execute("PRAGMA integrity_check").fetchall()
        c.check(check == [("ok",)], "index: %s: integrity_check is ok (%r)" % (what, check[:3]))
        num = db.execute("SELECT num FROM mv_files WHERE name = ?", (b"IDX",)).fetchone()[0]
        want = set()
        for rid, data in db.execute("SELECT id, data FROM f%d" % num):
            for key in data.split(b"\xfe")[0].split(b"\xfd"):
                want.add((key, rid))
        got = set(db.execute("SELECT key, id FROM mv_ikeys WHERE file = ? AND name = ?", (num, b"CAT")))
        built = db.execute("SELECT flags & 1 FROM mv_indices WHERE file = ? AND name = ?", (num, b"CAT")).fetchone()
    c.check(built == (1,), "index: %s: the index is built (%r)" % (what, built))
    c.check(len(want) > 0 and got == want,
            "index: %s: %d entries, as the records say (missing %r, extra %r)"
            % (what, len(got), sorted(want - got)[:5], sorted(got - want)[:5]))


def index(c):
    r = c.run("ISETUP.b")
    c.check(r.stdout.strip() == "SET UP 0", "index: set up (%r %r)" % (r.stdout, r.stderr))
    n = int(os.environ.get("MVBASIC_COUNTER_N", "10000")) // 4
    writers = [c.start("IWRITER.b", str(p), str(n)) for p in range(4)]
    victim = c.start("IWRITER.b", "9", str(n * 100))
    for w in writers + [victim]:
        c.check(read_line(w, 20) == "READY", "index: writer started")
    for w in writers + [victim]:
        w.stdin.write("go\n")
        w.stdin.flush()
    builder = c.start("IBUILD.b", "5")
    time.sleep(0.3)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    for p in writers + [builder]:
        out, err = p.communicate(timeout=240)
        c.check(p.returncode == 0 and out.strip().split("\n")[-1] in ("DONE", "BUILT"),
                "index: process ended well (%r %r)" % (out.strip()[-200:], err.strip()[-200:]))
    index_consistent(c, "after the writers")


def faults(c):
    data = os.path.join(c.work, "faults")
    os.makedirs(data)
    for name in ("FAULT.b", "PLAIN.b", "SEED.b"):
        shutil.copy(os.path.join(c.work, name), data)
    db = os.path.join(data, "mvfiles.db")

    def run(prog, **kw):
        return subprocess.run([c.mvbasic, "run", prog], cwd=data, env=kw.get("env", c.env),
                              capture_output=True, text=True, timeout=60)

    # No database at all: OPEN takes ELSE with ER$NVR.
    r = run("FAULT.b")
    c.check(r.stdout.strip() == "OPEN ELSE 3007", "faults: no database: OPEN ELSE 3007 (%r)" % r.stdout)

    subprocess.run([c.mvbasic, "create-file", "DATA", "DATA"], cwd=data, env=c.env, capture_output=True)
    run("SEED.b")

    # Another process holds the write lock: WRITE waits MVBASIC_BUSY_TIMEOUT, then ON ERROR with ER$LCK.
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    env = dict(c.env, MVBASIC_BUSY_TIMEOUT="300")
    r = run("FAULT.b", env=env)
    c.check(r.stdout.splitlines() == ["READ one", "WRITE ON ERROR 3011"],
            "faults: locked database: READ works, WRITE ON ERROR 3011 (%r)" % r.stdout)
    r = run("PLAIN.b", env=env)
    c.check(r.returncode == 1 and db in r.stderr and "3011" in r.stderr and "locked" in r.stderr,
            "faults: locked database without ON ERROR: an error naming the database (%d, %r)"
            % (r.returncode, r.stderr.strip()))
    holder.execute("ROLLBACK")
    holder.close()

    # A read-only database (run as nobody, since root may write anything): READ works, WRITE is ER$RDONLY.
    if os.geteuid() == 0 and shutil.which("setpriv"):
        for p in (c.work, data):
            os.chmod(p, 0o755)
        os.chmod(os.path.join(c.work, "run"), 0o777)
        for f in os.listdir(data):
            os.chmod(os.path.join(data, f), 0o644)
        r = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", c.mvbasic, "run",
                            "FAULT.b"], cwd=data, env=c.env, capture_output=True, text=True, timeout=60)
        c.check(r.stdout.splitlines() in (["READ one", "WRITE ON ERROR 3018"], ["OPEN ON ERROR 3035"]),
                "faults: read-only database: WRITE ON ERROR 3018 (%r %r)" % (r.stdout, r.stderr.strip()))
    elif os.geteuid() != 0:
        os.chmod(db, 0o444)
        r = run("FAULT.b")
        c.check(r.stdout.splitlines() in (["READ one", "WRITE ON ERROR 3018"], ["OPEN ON ERROR 3035"]),
                "faults: read-only database: WRITE ON ERROR 3018 (%r %r)" % (r.stdout, r.stderr.strip()))
        os.chmod(db, 0o644)

    # A corrupt database: OPEN ON ERROR with ER$IOE; without ON ERROR, an error naming the database.
    for suffix in ("-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    with open(db, "r+b") as f:
        f.write(b"this is not an SQLite database at all" * 200)
    r = run("FAULT.b")
    c.check(r.returncode == 0 and r.stdout.strip() == "OPEN ON ERROR 3010",
            "faults: corrupt database: OPEN ON ERROR 3010 (%r %r)" % (r.stdout, r.stderr.strip()))
    r = run("PLAIN.b")
    c.check(r.returncode == 1 and db in r.stderr and "3010" in r.stderr,
            "faults: corrupt database without ON ERROR: an error naming it (%d, %r)" % (r.returncode,
                                                                                        r.stderr.strip()))

    # The database removed: the name exists nowhere any more.
    os.remove(db)
    r = run("FAULT.b")
    c.check(r.stdout.strip() == "OPEN ELSE 3007", "faults: deleted database: OPEN ELSE 3007 (%r)" % r.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mvbasic", default=os.environ.get("MVBASIC", "mvbasic"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--only", choices=["counter", "locks", "kill", "txn", "index", "faults"])
    a = ap.parse_args()
    mvbasic = shutil.which(a.mvbasic) or a.mvbasic
    if not os.path.isfile(mvbasic):
        print("hashed_test: no mvbasic at %r (use --mvbasic PATH)" % a.mvbasic, file=sys.stderr)
        return 2
    mvbasic = os.path.abspath(mvbasic)

    work = "/tmp/mvbasic-test-hashed-%d" % os.getpid()
    os.makedirs(os.path.join(work, "run"))
    with open(os.path.join(work, "mvbasic.conf"), "w") as f:
        f.write("[mvbasic]\nRUNDIR = %s/run\n" % work)
    for name, text in (("INC.b", INC), ("HOLD.b", HOLD), ("PROBE.b", PROBE), ("WRITER.b", WRITER),
                       ("FAULT.b", FAULT), ("PLAIN.b", PLAIN), ("SEED.b", SEED),
                       ("TXN.b", TXN), ("ISETUP.b", ISETUP), ("IWRITER.b", IWRITER), ("IBUILD.b", IBUILD)):
        with open(os.path.join(work, name), "w") as f:
            f.write(text.lstrip("\n"))
    c = Checker(mvbasic, work, a.verbose)
    try:
        r = c.command("create-file", "DATA", "DATA")
        c.check(r.returncode == 0, "create-file DATA DATA (%r)" % r.stderr)
        for name, fn in (("locks", locks), ("kill", kill_writers), ("counter", counter), ("txn", transactions),
                         ("index", index), ("faults", faults)):
            if a.only in (None, name):
                fn(c)
    finally:
        c.stop_all()
        shutil.rmtree(work, ignore_errors=True)
    print("hashed_test: %s" % ("all checks passed" if c.failures == 0 else "%d check(s) failed" % c.failures))
    return 0 if c.failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
