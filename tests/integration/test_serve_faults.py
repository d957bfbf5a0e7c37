"""`mvbasic serve` under fault waves (issue 16 item 5), a short bounded version of bp/bench/serve_faults.py:
slow clients (one byte every 100 ms), clients that send half a request and reset the connection, and clients
that send and never read and are then abandoned open. After each wave, and once the idle timeout (2 s) has
closed what the clients left, the descriptors of the supervisor and its workers (/proc/PID/fd) must be back at
their count before the wave, their resident memory must have grown by less than RSS_BOUND_KB in all, and the
server must still answer an ordinary request."""
import os
import shutil
import sys
import tempfile
import unittest

import common

RSS_BOUND_KB = 16 * 1024  # supervisor and two workers together; one wave's buffers, not a leak per connection


def faults_module():
    sys.path.insert(0, os.path.join(common.ROOT, "bp", "bench"))
    import serve_faults
    return serve_faults


class ServeFaultsTest(unittest.TestCase):
    def run_waves(self, program, kind):
        sf = faults_module()
        tmp = tempfile.mkdtemp(prefix="mvbasic-serve-faults-")
        self.addCleanup(shutil.rmtree, tmp, True)
        log = os.path.join(tmp, "serve.log")
        env = dict(os.environ, MVBASIC_CONFIG=common.config_file("RUNDIR = %s/run\n" % tmp))
        env.update(common.small_quarantine())
        cmd = [common.MVBASIC, "serve", common.example(program), "--listen", "127.0.0.1", "--port", "0",
               "--workers", "2", "--max-clients", "500", "--idle-timeout", "2", "--log", log]
        target = sf.Target(program, kind, cmd, log=log, env=env)
        try:
            rows = sf.run_faults(target, scale=0.2, abandon=True, settle_s=40 * common.SLOW,
                                 log=lambda m: None)
        finally:
            target.stop()
        self.assertEqual(len(rows), 3)
        for r in rows:
            what = "%s %s: %r" % (program, r["fault"], r)
            self.assertTrue(r["alive"], what)
            self.assertTrue(r["answers"], "no answer after the wave: " + what)
            self.assertLessEqual(r["fds_after"], r["fds_before"], "descriptors left open: " + what)
            self.assertLess(r["rss_after"] - r["rss_before"], RSS_BOUND_KB, "memory grew: " + what)
            self.assertEqual(r["processes"], 3, "supervisor and two workers expected: " + what)

    def test_echo(self):
        self.run_waves("serve_echo.b", "echo")

    def test_http(self):
        self.run_waves("serve_http.b", "http")


if __name__ == "__main__":
    common.main()
