"""Details of ../shared/spec/sockets.md that the shared conformance suite does not reach: every argument and
system failure code, SOCKET.INFO keys 101-108, trace files, UDP corner cases, IPv6 dual-stack and mapped
addresses, the connect timeout, and the configuration file (search order and errors)."""
import os
import re
import socket
import subprocess
import tempfile
import time
import unittest

import common

EXPECTED = """\
CONTEXT=12/0 RESULT=0
CONTEXT.ZERO=0
ICMP=7023/0
USTREAM.UDP=7025
PORT.RANGE=1000
LONG.NAME=1003
EMPTY.PATH=1003
LONG.PATH=1003
IPV6.OFF=7018/0
MAPPED.OFF=7018
BAD.HOST.RESOLVER.CODE=1 OS.ERROR=0
OPEN.PORT.0=1000
OPEN.EMPTY=1003
OPEN.IPV6.OFF=7018
OPEN.NO.PATH=7005/2
SERVER.ADDR.IPV6.OFF=7018 []
MAX.LEN.0=1002/0
READ.LISTENER=1008/107
ACCEPT.OUTGOING=1008/22
ACCEPT.CHECK=1011
EVENTS.8=0 1009
SET.NAME=0 1006
TRACE.BAD=0 1008/2 TRACE=[]
SERVER.KEYS=0,[],[],127.0.0.1,[]
INCOMING.PEER=127.0.0.1 1 PORT=1
OUTGOING.PEER=127.0.0.1 1 LOCAL=127.0.0.1
PEER.NAME.SET=1
INHERITABLE=011
TRACE.ON=1 1
TRACE.DONE
SELECT.NOTHING=1000
SELECT.MASK.0=1000 EVENTS=0
SELECT.ELEMENT.0=1 0
UDP.NO.SENDER=0 1008/89
UDP.BEFORE=0,[]
UDP.NO.DELAY=0 1008/95 INFO=0
UDP.TOO.BIG=0 1008/90
UDP.EMPTY.WRITE=0 0
UDP.TRUNCATED=abc 0
UDP.REST.DISCARDED=1011
UDP.AFTER=127.0.0.1 1
UDP.ACCEPT=1008/22
UDP.OPEN.NOBODY=0
UDP.REFUSED=1008/111
UNIX.NO.DELAY=0 1008/95
UNIX.KEYS=0,0,[],[]
UNIX.DONE
"""

TRACE = [r"READ 7", r"  68656C6C6F00FF", r"WRITE 40", r"  " + "30313233343536373839" * 3 + "3031",
         r"  3233343536373839", r"TIMEOUT", r"CLOSED", r"CLOSE"]


def write(dirname, name, text):
    path = os.path.join(dirname, name)
    with open(path, "w") as f:
        f.write(text)
    return path


class SpecDetailsTest(unittest.TestCase):
    def test_failure_codes_info_keys_and_trace(self):
        with tempfile.TemporaryDirectory(prefix="mvbasic-it-") as d:
            rc, out, err, _ = common.run_basic("spec_details.b", [d])
            self.assertEqual(rc, 0, err)
            self.maxDiff = None
            self.assertEqual(out, EXPECTED)
            with open(os.path.join(d, "trace.txt")) as f:
                lines = f.read().splitlines()
            self.assertEqual(len(lines), len(TRACE), lines)
            for line, want in zip(lines, TRACE):
                if want.startswith("  "):
                    self.assertEqual(line, want)
                else:
                    self.assertRegex(line, r"^\d\d:\d\d:\d\d\.\d\d\d " + want + "$")
            self.assertFalse(os.path.exists(os.path.join(d, "u.sock")), "Unix socket file left behind")

    def test_ipv6_dual_stack_and_mapped(self):
        if not common.ipv6_loopback_available():
            self.skipTest("no IPv6 loopback")
        prog = """\
$INCLUDE KEYS.H
SRV = CREATE.SERVER.SOCKET("", 0, 0)
P = SOCKET.INFO(SRV, SKT$INFO.PORT)
PRINT "ANY=":STATUS():" FAMILY=":SOCKET.INFO(SRV, SKT$INFO.FAMILY):" IP=[":SOCKET.INFO(SRV, SKT$INFO.IP.ADDR):"]"
C4 = OPEN.SOCKET("127.0.0.1", P, 0)
A4 = ACCEPT.SOCKET.CONNECTION(SRV, 2000)
PRINT "V4.CLIENT=":SOCKET.INFO(A4, SKT$INFO.IP.ADDR):" FAMILY=":SOCKET.INFO(A4, SKT$INFO.FAMILY)
C6 = OPEN.SOCKET("::1", P, 0)
A6 = ACCEPT.SOCKET.CONNECTION(SRV, 2000)
PRINT "V6.CLIENT=":SOCKET.INFO(A6, SKT$INFO.IP.ADDR):" FAMILY=":SOCKET.INFO(A6, SKT$INFO.FAMILY)
CM = OPEN.SOCKET("::ffff:127.0.0.1", P, 0)
PRINT "MAPPED=":STATUS():" FAMILY=":SOCKET.INFO(CM, SKT$INFO.FAMILY):" IP=":SOCKET.INFO(CM, SKT$INFO.IP.ADDR)
PRINT "SERVER.ADDR=":SERVER.ADDR("::FFFF:127.0.0.1"):",":SERVER.ADDR("0:0::1")
S6 = CREATE.SERVER.SOCKET("::1", 0, 0)
P6 = SOCKET.INFO(S6, SKT$INFO.PORT)
C = OPEN.SOCKET("127.0.0.1", P6, 0, 1)
PRINT "V6.ONLY=":STATUS()
"""
        with tempfile.TemporaryDirectory(prefix="mvbasic-it-") as d:
            path = write(d, "dual.b", prog)
            rc, out, err, _ = common.run_basic(path, config="IPV6=1\n", cwd=d)
            self.assertEqual(rc, 0, err)
            self.assertEqual(out.splitlines(), [
                "ANY=0 FAMILY=2 IP=[]", "V4.CLIENT=127.0.0.1 FAMILY=1", "V6.CLIENT=::1 FAMILY=2",
                "MAPPED=0 FAMILY=1 IP=127.0.0.1", "SERVER.ADDR=127.0.0.1,::1", "V6.ONLY=7005"])

    def test_connect_timeout(self):
        # A listener with a full backlog that never accepts: further connects get no answer, so OPEN.SOCKET's
        # timeout (in seconds) runs out and it fails with 7005 and OS.ERROR() 110.
        lst = socket.socket()
        lst.bind(("127.0.0.1", 0))
        lst.listen(0)
        port = lst.getsockname()[1]
        prog = """\
$INCLUDE KEYS.H
P = FIELD(@SENTENCE, " ", 3)
DIM C(8)
FOR I = 1 TO 8
   T0 = SYSTEM(1020)
   C(I) = OPEN.SOCKET("127.0.0.1", P, 0, 0.4)
   ST = STATUS()
   EL = SYSTEM(1020) - T0
   IF ST THEN
      PRINT "TIMEOUT=":ST:"/":OS.ERROR():" WAITED=":(EL >= 390 AND EL < 1500)
      STOP
   END
NEXT I
PRINT "NEVER TIMED OUT"
"""
        try:
            with tempfile.TemporaryDirectory(prefix="mvbasic-it-") as d:
                path = write(d, "ct.b", prog)
                rc, out, err, _ = common.run_basic(path, [port], cwd=d)
                self.assertEqual(rc, 0, err)
                self.assertEqual(out.strip(), "TIMEOUT=7005/110 WAITED=1")
        finally:
            lst.close()


class ConfigTest(unittest.TestCase):
    PROG = """\
PRINT SYSTEM(1011):"|":SYSTEM(1072):"|":SYSTEM(1013):"|":SYSTEM(1014)
"""

    def run_prog(self, env_extra, args=(), cwd=None):
        with tempfile.TemporaryDirectory(prefix="mvbasic-it-") as d:
            prog = write(d, "cfg.b", self.PROG)
            env = dict(os.environ)
            env.pop("MVBASIC_CONFIG", None)
            env["XDG_CONFIG_HOME"] = os.path.join(d, "xdg")
            env["XDG_RUNTIME_DIR"] = d
            env.update(env_extra)
            p = subprocess.run([common.MVBASIC, "run"] + list(args) + [prog], capture_output=True, text=True,
                               env=env, cwd=cwd or d, timeout=30 * common.SLOW)
            return p.returncode, p.stdout, p.stderr

    def test_search_order(self):
        with tempfile.TemporaryDirectory(prefix="mvbasic-it-") as d:
            a = write(d, "a.conf", "[mvbasic]\nIPADDR = 10.0.0.1\n")
            b = write(d, "b.conf", "[qm]\nipaddr=10.0.0.2\n")
            write(d, "mvbasic.conf", "IPADDR = 10.0.0.3\n")
            os.makedirs(os.path.join(d, "xdg", "mvbasic"))
            user = write(os.path.join(d, "xdg", "mvbasic"), "mvbasic.conf", "IPADDR = 10.0.0.4\n")
            env = {"XDG_CONFIG_HOME": os.path.join(d, "xdg")}
            rc, out, err = self.run_prog(dict(env, MVBASIC_CONFIG=b), ["--config", a], cwd=d)
            self.assertEqual((rc, out), (0, "%s|10.0.0.1|0|0\n" % a), err)
            rc, out, err = self.run_prog(dict(env, MVBASIC_CONFIG=b), cwd=d)
            self.assertEqual((rc, out), (0, "%s|10.0.0.2|0|0\n" % b), err)
            rc, out, err = self.run_prog(env, cwd=d)
            self.assertEqual((rc, out), (0, "mvbasic.conf|10.0.0.3|0|0\n"), err)
            os.unlink(os.path.join(d, "mvbasic.conf"))
            rc, out, err = self.run_prog(env, cwd=d)
            self.assertEqual((rc, out), (0, "%s|10.0.0.4|0|0\n" % user), err)

    def test_format(self):
        with tempfile.TemporaryDirectory(prefix="mvbasic-it-") as d:
            conf = write(d, "x.conf", "; comment\n# comment\nipv6 = 0\n\n[other]\nIPV6 = banana\n"
                                      "[QM]\n  NumUsers =  10  \nUNKNOWN.NAME = whatever\nIPADDR=a\nIPADDR = host.example\n")
            rc, out, err = self.run_prog({"MVBASIC_CONFIG": conf})
            self.assertEqual((rc, out), (0, "%s|host.example|10|21\n" % conf), err)
            rc, out, err = self.run_prog({"MVBASIC_CONFIG": "/dev/null"})
            self.assertEqual((rc, out), (0, "/dev/null||0|0\n"), err)

    def test_errors_name_file_line_and_parameter(self):
        with tempfile.TemporaryDirectory(prefix="mvbasic-it-") as d:
            cases = [("IPV6 = 2\n", 1, "IPV6"), ("[mvbasic]\n\nNUMUSERS = abc\n", 3, "NUMUSERS"),
                     ("PHANTOMS = -1\n", 1, "PHANTOMS"), ("IPV6 = 1\njust words\n", 2, "")]
            for text, line, param in cases:
                conf = write(d, "bad.conf", text)
                rc, out, err = self.run_prog({"MVBASIC_CONFIG": conf})
                self.assertEqual(rc, 2, text)
                self.assertEqual(out, "", "the program must not start")
                self.assertIn("%s:%d:" % (conf, line), err)
                self.assertIn(param, err)
            rc, out, err = self.run_prog({"MVBASIC_CONFIG": os.path.join(d, "missing.conf")})
            self.assertEqual(rc, 2)
            self.assertIn("missing.conf", err)
            rc, out, err = self.run_prog({}, ["--config", d])  # a directory cannot be read
            self.assertEqual(rc, 2)
            self.assertIn(d, err)


if __name__ == "__main__":
    common.main()
