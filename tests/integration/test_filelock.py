"""FILELOCK and FILEUNLOCK between two mvbasic processes on one directory file: while one process holds the
file lock, another cannot lock a record (RECORDLOCKU ... LOCKED, STATUS() the holder's user number) nor the
file; while one holds a record lock, another's FILELOCK takes LOCKED; FILEUNLOCK, and the end of the
holder, let the others in. Everything happens in a temporary folder with a RUNDIR of its own."""
import os
import subprocess
import tempfile
import unittest

import common

HOLD = r"""
* Holds the file lock (argument F) or a record lock (argument R), says so, and lets go after a line of input.
MODE = FIELD(@SENTENCE, " ", 3)
OPEN "DATA" TO F ELSE STOP "NO DATA"
IF MODE = "F" THEN FILELOCK F ELSE RECORDLOCKU F, "R1"
PRINT "HOLDING"
INPUT GO
IF MODE = "F" THEN FILEUNLOCK F ELSE RELEASE F, "R1"
PRINT "RELEASED"
INPUT GO
"""

PROBE = r"""
* Tries the record and the file locks without waiting.
OPEN "DATA" TO F ELSE STOP "NO DATA"
RECORDLOCKU F, "R2" LOCKED PRINT "RECORD LOCKED ":(STATUS() # 0)
IF RECORDLOCKED(F, "R2") = 2 THEN PRINT "RECORD GOT"
RELEASE F, "R2"
FILELOCK F LOCKED PRINT "FILE LOCKED ":(STATUS() # 0)
FILEUNLOCK F
PRINT "DONE"
"""


class FileLockTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        d = self.dir.name
        os.mkdir(os.path.join(d, "DATA"))
        for name, text in (("HOLD.b", HOLD), ("PROBE.b", PROBE)):
            with open(os.path.join(d, name), "w") as f:
                f.write(text)
        conf = os.path.join(d, "mvbasic.conf")
        with open(conf, "w") as f:
            f.write("[mvbasic]\nRUNDIR = %s\n" % os.path.join(d, "run"))
        self.env = dict(os.environ, MVBASIC_CONFIG=conf)

    def tearDown(self):
        self.dir.cleanup()

    def start_holder(self, mode):
        p = subprocess.Popen([common.MVBASIC, "run", "HOLD.b", mode], cwd=self.dir.name, env=self.env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.assertEqual(p.stdout.readline(), "HOLDING\n")
        return p

    def probe(self):
        out = subprocess.run([common.MVBASIC, "run", "PROBE.b"], cwd=self.dir.name, env=self.env,
                             capture_output=True, text=True, timeout=60 * common.SLOW)
        self.assertEqual(out.returncode, 0, out.stderr)
        return out.stdout

    def finish(self, p):
        p.stdin.write("\n")
        p.stdin.flush()
        self.assertEqual(p.stdout.readline(), "RELEASED\n")
        return p

    def end(self, p):
        p.stdin.close()
        p.wait(timeout=60 * common.SLOW)
        p.stdout.close()

    def test_file_lock_blocks_records_and_file(self):
        p = self.start_holder("F")
        try:
            self.assertEqual(self.probe(), "RECORD LOCKED 1\nFILE LOCKED 1\nDONE\n")
            self.finish(p)
            self.assertEqual(self.probe(), "RECORD GOT\nDONE\n")
        finally:
            self.end(p)

    def test_record_lock_blocks_file_lock(self):
        p = self.start_holder("R")
        try:
            self.assertEqual(self.probe(), "RECORD GOT\nFILE LOCKED 1\nDONE\n")
            self.finish(p)
            self.assertEqual(self.probe(), "RECORD GOT\nDONE\n")
        finally:
            self.end(p)

    def test_holder_that_ends_lets_go(self):
        p = self.start_holder("F")
        self.end(p)
        self.assertEqual(self.probe(), "RECORD GOT\nDONE\n")


if __name__ == "__main__":
    common.main()
