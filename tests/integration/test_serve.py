"""`mvbasic serve` (issue 16 item 2) as a real process: bp/examples/serve_echo.b and serve_http.b served by a
pool of 1, 2 and 4 workers over 127.0.0.1, ::1 and a Unix path; --max-clients leaving connections in the
backlog; the idle timeout, both before a connection has sent anything and while its program runs; a worker
killed mid-connection and replaced; SIGHUP replacing every worker while a client loop sees no refused
connection; SIGTERM with its grace period; the log line per connection; the process table; bad options."""
import os
import re
import signal
import socket
import subprocess
import tempfile
import threading
import time
import unittest

import common
from common import SLOW, recv_all, recv_exactly, wait_until

LISTENING = re.compile(r"serve: listening on (\S+) port (\d+)|serve: listening on (/\S+)")


class Serve:
    """A `mvbasic serve` process; its log goes to a file the test reads."""

    def __init__(self, program, *options, config=None, wait=True, ulimit_n=None):
        self.dir = tempfile.mkdtemp(prefix="mvbasic-serve-")
        self.log_path = os.path.join(self.dir, "serve.log")
        self.err_path = os.path.join(self.dir, "stderr")
        conf = "RUNDIR = %s/run\n" % self.dir + (config or "")
        env = dict(os.environ)
        env["MVBASIC_CONFIG"] = common.config_file(conf)
        self.env = env
        path = program if os.path.isabs(program) else common.example(program)
        cmd = [common.MVBASIC, "serve", path, "--log", self.log_path] + [str(o) for o in options]
        if ulimit_n:
            cmd = ["bash", "-c", 'ulimit -n %d && exec "$@"' % ulimit_n, "bash"] + cmd
        with open(self.err_path, "wb") as err:
            self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        self.port = None
        if wait and not wait_until(self._listening, 30):
            self.stop()
            raise AssertionError("serve did not start:\n%s\n%s" % (self.log(), self.stderr()))

    def _listening(self):
        m = LISTENING.search(self.log())
        if m:
            self.port = int(m.group(2)) if m.group(2) else None
            return True
        if self.proc.poll() is not None:
            raise AssertionError("serve ended with status %s:\n%s" % (self.proc.returncode, self.stderr()))
        return False

    def log(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    def stderr(self):
        with open(self.err_path, errors="replace") as f:
            return f.read()

    def conn_lines(self):
        """The per-connection log lines: TIME PEER DURATION in=N out=N OUTCOME."""
        return [l for l in self.log().splitlines() if " serve: " not in l]

    def workers(self):
        try:
            with open("/proc/%d/task/%d/children" % (self.proc.pid, self.proc.pid)) as f:
                return [int(p) for p in f.read().split()]
        except FileNotFoundError:
            return []

    def connect(self, host="127.0.0.1", timeout=10):
        return socket.create_connection((host, self.port), timeout=timeout * SLOW)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20 * SLOW)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        return self.proc.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def echo_once(srv, payload, host="127.0.0.1"):
    with srv.connect(host) as s:
        s.sendall(payload)
        got = recv_exactly(s, len(payload))
        s.shutdown(socket.SHUT_WR)
        rest = s.recv(10)
    return got, rest


def run_clients(count, parallel, body):
    """Runs body(i) for i in range(count), `parallel` at a time; returns the exceptions raised."""
    errors = []
    lock = threading.Lock()
    next_i = [0]

    def worker():
        while True:
            with lock:
                i = next_i[0]
                next_i[0] += 1
            if i >= count:
                return
            try:
                body(i)
            except Exception as e:  # noqa: BLE001 - collected and reported by the test
                with lock:
                    errors.append("%d: %r" % (i, e))

    threads = [threading.Thread(target=worker) for _ in range(parallel)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60 * SLOW)
    return errors


class ServeTest(unittest.TestCase):
    def test_echo_with_1_2_4_workers(self):
        for workers in (1, 2, 4):
            with Serve("serve_echo.b", "--listen", "127.0.0.1", "--port", 0, "--workers", workers) as srv:
                self.assertEqual(len(srv.workers()), workers)

                def client(i):
                    data = (b"client %d " % i) * (1 + i % 50) + bytes(range(256))
                    got, rest = echo_once(srv, data)
                    if got != data or rest != b"":
                        raise AssertionError("client %d: wrong echo" % i)

                self.assertEqual(run_clients(60, 12, client), [])
                self.assertTrue(wait_until(lambda: len(srv.conn_lines()) == 60, 10), srv.log())
                for line in srv.conn_lines():
                    self.assertRegex(line, r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z 127\.0\.0\.1:\d+ \d+\.\d{3}s "
                                     r"in=\d+ out=\d+ ok$")
                # The byte counts are the kernel's: what the client sent, and what came back.
                sizes = sorted(int(re.search(r" in=(\d+)", l).group(1)) for l in srv.conn_lines())
                expected = sorted(len((b"client %d " % i) * (1 + i % 50)) + 256 for i in range(60))
                self.assertEqual(sizes, expected)
                self.assertEqual(srv.stop(), 0)

    def test_ipv6_and_unix(self):
        if common.ipv6_loopback_available():
            with Serve("serve_echo.b", "--listen", "::1", "--port", 0, "--workers", 1) as srv:
                self.assertEqual(echo_once(srv, b"over ipv6\n", "::1"), (b"over ipv6\n", b""))
                self.assertTrue(wait_until(lambda: "[::1]:" in srv.log(), 5), srv.log())
            with Serve("serve_echo.b", "--listen", "", "--port", 0, "--workers", 1) as srv:
                # Dual stack: one listener takes IPv4 (shown as IPv4) and IPv6.
                self.assertEqual(echo_once(srv, b"v4\n", "127.0.0.1"), (b"v4\n", b""))
                self.assertEqual(echo_once(srv, b"v6\n", "::1"), (b"v6\n", b""))
        path = common.unix_path("serve")
        with Serve("serve_echo.b", "--listen", path, "--workers", 2) as srv:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(10 * SLOW)
                s.connect(path)
                s.sendall(b"over a unix path\n")
                self.assertEqual(recv_exactly(s, 17), b"over a unix path\n")
            self.assertTrue(wait_until(lambda: " unix " in srv.log(), 5), srv.log())
            self.assertIn("in=- out=- ok", srv.log())
            self.assertEqual(srv.stop(), 0)
            self.assertFalse(os.path.exists(path))

    def test_idle_connections_do_not_hold_workers(self):
        with Serve("serve_echo.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 1, "--max-clients", 50) as srv:
            idle = [srv.connect() for _ in range(10)]
            start = time.monotonic()
            self.assertEqual(echo_once(srv, b"real request\n"), (b"real request\n", b""))
            self.assertLess(time.monotonic() - start, 2 * SLOW)
            for s in idle:
                s.close()

    def test_max_clients_waits_in_backlog(self):
        with Serve("serve_echo.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 1, "--max-clients", 2) as srv:
            held = [srv.connect() for _ in range(2)]
            time.sleep(0.3)
            waiting = srv.connect()  # completes in the kernel's backlog; the server does not accept it yet
            waiting.sendall(b"third\n")
            waiting.settimeout(0.8)
            with self.assertRaises(socket.timeout):
                waiting.recv(10)
            held[0].close()  # room for one more: the waiting connection is accepted and served
            waiting.settimeout(10 * SLOW)
            self.assertEqual(recv_exactly(waiting, 6), b"third\n")
            waiting.close()
            held[1].close()
            self.assertTrue(wait_until(lambda: len(srv.conn_lines()) == 3, 10), srv.log())
            self.assertEqual(len([l for l in srv.conn_lines() if l.endswith(" ok")]), 1, srv.log())

    def test_descriptor_limit(self):
        # 40 descriptors, --max-clients 100: the server says it cannot hold that many, and when accepting fails
        # for want of descriptors the connections wait in the backlog until some close.
        with Serve("serve_echo.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 1, "--max-clients", 100,
                   ulimit_n=40) as srv:
            self.assertIn("serve: warning: --max-clients 100 needs about 165 descriptors, and the limit is 40",
                          srv.log())
            held = [srv.connect() for _ in range(45)]
            self.assertTrue(wait_until(lambda: "serve: cannot accept: Too many open files" in srv.log(), 10), srv.log())
            last = srv.connect()
            last.sendall(b"waited\n")
            for s in held:
                s.close()
            last.settimeout(10 * SLOW)
            self.assertEqual(recv_exactly(last, 7), b"waited\n")
            last.close()
            self.assertEqual(srv.log().count("cannot accept"), 1, srv.log())
            self.assertEqual(echo_once(srv, b"after\n"), (b"after\n", b""))

    def test_idle_timeout(self):
        with Serve("serve_echo.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 1, "--idle-timeout", 1) as srv:
            # Silent from the start: closed by the supervisor.
            s = srv.connect()
            start = time.monotonic()
            self.assertEqual(s.recv(10), b"")
            self.assertLess(time.monotonic() - start, 4 * SLOW)
            s.close()
            # Silent after one exchange, while its program waits in READ.SOCKET: closed by the worker.
            s = srv.connect()
            s.sendall(b"one\n")
            self.assertEqual(recv_exactly(s, 4), b"one\n")
            start = time.monotonic()
            self.assertEqual(s.recv(10), b"")
            self.assertLess(time.monotonic() - start, 5 * SLOW)
            s.close()
            self.assertTrue(wait_until(lambda: len(srv.conn_lines()) == 2, 5), srv.log())
            lines = srv.conn_lines()
            self.assertTrue(lines[0].endswith(" in=0 out=0 idle-timeout"), lines)
            self.assertTrue(lines[1].endswith(" in=4 out=4 idle-timeout"), lines)
            # The worker is still there and serves the next client.
            self.assertEqual(echo_once(srv, b"next\n"), (b"next\n", b""))

    def test_crashed_worker_is_replaced(self):
        with Serve("serve_echo.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 1) as srv:
            (worker,) = srv.workers()
            s = srv.connect()
            s.sendall(b"before\n")
            self.assertEqual(recv_exactly(s, 7), b"before\n")
            os.kill(worker, signal.SIGKILL)
            try:
                self.assertEqual(s.recv(10), b"")
            except ConnectionResetError:
                pass
            s.close()
            self.assertTrue(wait_until(lambda: len(srv.workers()) == 1 and srv.workers() != [worker], 10))
            self.assertEqual(echo_once(srv, b"after\n"), (b"after\n", b""))
            self.assertTrue(wait_until(lambda: "killed by signal 9" in srv.log(), 5), srv.log())
            self.assertRegex(srv.log(), r"127\.0\.0\.1:\d+ \S+ in=- out=- error: the worker was killed by signal 9")

    def test_sighup_replaces_workers_without_refusing(self):
        with Serve("serve_echo.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 2) as srv:
            before = set(srv.workers())
            stop = threading.Event()
            errors, done = [], [0]

            def loop():
                while not stop.is_set():
                    try:
                        if echo_once(srv, b"ping\n") != (b"ping\n", b""):
                            errors.append("wrong echo")
                        done[0] += 1
                    except OSError as e:
                        errors.append(repr(e))

            t = threading.Thread(target=loop)
            t.start()
            time.sleep(0.3)
            os.kill(srv.proc.pid, signal.SIGHUP)
            replaced = wait_until(lambda: len(srv.workers()) == 2 and not (set(srv.workers()) & before), 20)
            time.sleep(0.3)
            stop.set()
            t.join(30)
            self.assertTrue(replaced, srv.log())
            self.assertEqual(errors, [])
            self.assertGreater(done[0], 10)
            self.assertIn("serve: SIGHUP: replacing the workers one by one", srv.log())

    def test_sigterm_lets_connections_finish(self):
        with Serve("serve_echo.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 2, "--grace", 10) as srv:
            s = srv.connect()
            s.sendall(b"first\n")
            self.assertEqual(recv_exactly(s, 6), b"first\n")
            os.kill(srv.proc.pid, signal.SIGTERM)
            self.assertTrue(wait_until(lambda: "serve: stopping" in srv.log(), 5))
            with self.assertRaises(ConnectionRefusedError):
                srv.connect().close()
            s.sendall(b"still served\n")
            self.assertEqual(recv_exactly(s, 13), b"still served\n")
            s.close()
            self.assertEqual(srv.proc.wait(10 * SLOW), 0)
            self.assertIn("serve: stopped", srv.log())
        with Serve("serve_echo.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 1, "--grace", 1) as srv:
            s = srv.connect()
            s.sendall(b"x\n")
            self.assertEqual(recv_exactly(s, 2), b"x\n")
            start = time.monotonic()
            os.kill(srv.proc.pid, signal.SIGTERM)
            self.assertEqual(srv.proc.wait(10 * SLOW), 0)
            self.assertLess(time.monotonic() - start, 5 * SLOW)
            self.assertIn("error: the grace period ended", srv.log())
            s.close()

    def test_server_first(self):
        greet = os.path.join(common.HERE, "serve_greet.b")
        with Serve(greet, "--listen", "127.0.0.1", "--port", 0, "--workers", 1, "--server-first") as srv:
            with srv.connect() as s:
                buf = bytearray()
                line = common.recv_line(s, buf)
                self.assertRegex(line, rb"^hello from \d+ phantom 1$")
                s.sendall(b"now\n")
                self.assertEqual(recv_exactly(s, 8), b"bye now\n")
        # Without --server-first the program waits for the client to speak: a silent client hears nothing
        # and is closed by the idle timeout.
        with Serve(greet, "--listen", "127.0.0.1", "--port", 0, "--workers", 1, "--idle-timeout", 1) as srv:
            with srv.connect() as s:
                self.assertEqual(s.recv(100), b"")

    def test_http_example(self):
        with Serve("serve_http.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 2) as srv:
            for path in ("/", "/hello"):
                with srv.connect() as s:
                    s.sendall(b"GET %s HTTP/1.1\r\nHost: x\r\n\r\n" % path.encode())
                    reply = recv_all(s)
                self.assertTrue(reply.startswith(b"HTTP/1.1 200 OK\r\n"), reply)
                self.assertIn(b"Connection: close\r\n", reply)
                self.assertIn(path.encode(), reply.split(b"\r\n\r\n", 1)[1])
            with srv.connect() as s:
                s.sendall(b"NONSENSE\r\n\r\n")
                self.assertTrue(s.recv(100).startswith(b"HTTP/1.1 400 "))

    def test_workers_in_process_table(self):
        with Serve("serve_http.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 2) as srv:
            out = subprocess.run([common.MVBASIC, "users"], env=srv.env, capture_output=True, text=True, timeout=20)
            rows = [l for l in out.stdout.splitlines() if "SERVE " in l]
            self.assertEqual(len(rows), 2, out.stdout)
            for row in rows:
                self.assertIn("phantom", row)
            self.assertEqual(sorted(int(r.split()[1]) for r in rows), sorted(srv.workers()))
            out = subprocess.run([common.MVBASIC, "phantoms"], env=srv.env, capture_output=True, text=True, timeout=20)
            self.assertEqual(len([l for l in out.stdout.splitlines() if "SERVE " in l]), 2, out.stdout)
            # The program's @USERNO is its worker's user number in the table.
            with srv.connect() as s:
                s.sendall(b"GET /who HTTP/1.0\r\n\r\n")
                reply = recv_all(s)
            user = int(re.search(rb"\(worker (\d+)\)", reply).group(1))
            self.assertIn(user, [int(r.split()[0]) for r in rows])

    def test_licences_counted_as_phantoms(self):
        # Each worker is a phantom serving an inherited socket: it needs a user licence. Two workers, one
        # licence: the server does not start, and says why.
        srv = Serve("serve_echo.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 2,
                    config="NUMUSERS = 1\n", wait=False)
        self.assertEqual(srv.proc.wait(30 * SLOW), 4)
        self.assertIn("licence", srv.stderr())
        with Serve("serve_echo.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 2,
                   config="NUMUSERS = 2\n") as srv:
            self.assertEqual(echo_once(srv, b"licensed\n"), (b"licensed\n", b""))

    def run_bad(self, args, config=None):
        env = dict(os.environ)
        env["MVBASIC_CONFIG"] = common.config_file(config) if config else "/dev/null"
        return subprocess.run([common.MVBASIC, "serve"] + args, env=env, capture_output=True, text=True,
                              timeout=20 * SLOW)

    def test_bad_options(self):
        echo = common.example("serve_echo.b")
        cases = [
            ([echo, "--port", "0", "--workers", "0"], "--workers: \"0\" is not a whole number from 1 to 1024"),
            ([echo, "--port", "0", "--workers", "many"], "is not a whole number"),
            ([echo, "--port", "70000"], "not a port number"),
            ([echo, "--port", "0", "--idle-timeout", "-1"], "number of seconds"),
            ([echo, "--port", "0", "--grace", "soon"], "number of seconds"),
            ([echo, "--port", "0", "--frobnicate"], "unknown option '--frobnicate'"),
            ([echo, "--port"], "--port"),
            ([echo], "no --port given"),
            (["--port", "0"], "no PROGRAM given"),
            ([echo, echo, "--port", "0"], "only one PROGRAM"),
            ([echo, "--port", "0", "--tls-key", "k.pem"], "need --tls-cert"),
            ([echo, "--listen", "/tmp/x.sock", "--tls-cert", "c.pem"], "TLS is served on TCP only"),
            ([echo, "--port", "0", "--requeue", "--tls-cert", "/nonexistent/c.pem"], "TLS: the certificate"),
            ([echo, "--listen", "/tmp/x.sock", "--port", "1"], "--port does not go with a Unix socket path"),
        ]
        for args, message in cases:
            r = self.run_bad(args)
            self.assertEqual(r.returncode, 2, (args, r.stderr))
            self.assertIn(message, r.stderr, args)
            self.assertTrue(r.stderr.startswith("mvbasic serve: "), r.stderr)
        r = self.run_bad([echo], config="[serve]\nPORT = 0\nWORKERS = lots\n")
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("parameter SERVE.WORKERS: \"lots\" is not a whole number", r.stderr)
        r = self.run_bad([echo], config="SERVE.PORT = 0\nSERVE.NODELAY = yes\n")
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("parameter SERVE.NODELAY: \"yes\" is not 0 or 1", r.stderr)
        r = self.run_bad(["--help"])
        self.assertEqual(r.returncode, 0)
        self.assertIn("usage: mvbasic serve PROGRAM [options]", r.stdout)
        r = self.run_bad([echo, "--listen", "127.0.0.1", "--port", "0", "--log", "/nonexistent/dir/log"])
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn("cannot open the log file", r.stderr)

    def test_settings_from_the_configuration_file(self):
        conf = "[serve]\nLISTEN = 127.0.0.1\nPORT = 0\nWORKERS = 3\nIDLE.TIMEOUT = 1\n"
        with Serve("serve_echo.b", config=conf) as srv:
            self.assertIn("with 3 workers", srv.log())
            self.assertEqual(len(srv.workers()), 3)
            with srv.connect() as s:
                self.assertEqual(s.recv(10), b"")  # closed after one silent second
            self.assertTrue(wait_until(lambda: "idle-timeout" in srv.log(), 5))

    def test_program_that_does_not_compile(self):
        with tempfile.NamedTemporaryFile("w", suffix=".b", delete=False) as f:
            f.write("X = (1\n")
        try:
            r = self.run_bad([f.name, "--port", "0"])
            self.assertEqual(r.returncode, 3, r.stderr)
            self.assertIn("error:", r.stderr)
        finally:
            os.unlink(f.name)
        with tempfile.NamedTemporaryFile("w", suffix=".b", delete=False) as f:
            f.write("CLASS GREETER\n   PUBLIC X\nEND\n")
        try:
            r = self.run_bad([f.name, "--port", "0"])
            self.assertEqual(r.returncode, 2, r.stderr)
            self.assertIn("is a CLASS module, not a program", r.stderr)
        finally:
            os.unlink(f.name)


if __name__ == "__main__":
    common.main()
