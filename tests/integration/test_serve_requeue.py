"""`mvbasic serve --requeue` (issue 16 item 2, round 2): a connection the program leaves open goes back to
the supervisor between runs, so a program answers one request per run and a few workers serve many
keep-alive clients. bp/examples/serve_echo1.b and serve_http.b (keep-alive); CLOSE.SOCKET still ends the
connection; the idle timeout, SIGTERM and SIGHUP with connections parked in the supervisor; one log line per
connection, with the bytes of all its runs."""
import http.client
import re
import signal
import socket
import time
import unittest

import common
from common import SLOW, recv_exactly, wait_until
from test_serve import Serve


def echo_serve(*options):
    return Serve("serve_echo1.b", "--listen", "127.0.0.1", "--port", 0, "--requeue", *options)


def exchange(s, data):
    s.sendall(data)
    return recv_exactly(s, len(data))


class ServeRequeueTest(unittest.TestCase):
    def test_100_keep_alive_clients_with_2_workers(self):
        with echo_serve("--workers", 2, "--max-clients", 200) as srv:
            clients = [srv.connect() for _ in range(100)]
            sent = [0] * 100
            for rnd in range(3):
                for i, s in enumerate(clients):
                    data = b"client %d round %d\n" % (i, rnd)
                    s.sendall(data)
                    sent[i] += len(data)
                for i, s in enumerate(clients):
                    self.assertEqual(recv_exactly(s, len(b"client %d round %d\n" % (i, rnd))),
                                     b"client %d round %d\n" % (i, rnd))
            self.assertEqual(len(srv.workers()), 2)
            for s in clients:
                s.close()
            # One log line per connection (not per run), with the bytes of all its runs.
            self.assertTrue(wait_until(lambda: len(srv.conn_lines()) == 100, 20), srv.log())
            ins = sorted(int(re.search(r" in=(\d+)", l).group(1)) for l in srv.conn_lines())
            self.assertEqual(ins, sorted(sent))
            for line in srv.conn_lines():
                self.assertTrue(line.endswith(" ok"), line)
            self.assertEqual(srv.stop(), 0)

    def test_without_requeue_one_answer_then_closed(self):
        with Serve("serve_echo1.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 1) as srv:
            with srv.connect() as s:
                self.assertEqual(exchange(s, b"only once\n"), b"only once\n")
                self.assertEqual(s.recv(10), b"")

    def test_from_the_configuration_file_and_on_a_unix_path(self):
        path = common.unix_path("requeue")
        with Serve("serve_echo1.b", "--listen", path, "--workers", 1, config="SERVE.REQUEUE = 1\n") as srv:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(10 * SLOW)
                s.connect(path)
                self.assertEqual(exchange(s, b"one\n"), b"one\n")
                self.assertEqual(exchange(s, b"two\n"), b"two\n")
            self.assertTrue(wait_until(lambda: len(srv.conn_lines()) == 1, 10), srv.log())
            self.assertIn(" unix ", srv.conn_lines()[0])

    def test_close_socket_ends_the_connection(self):
        with echo_serve("--workers", 1) as srv:
            with srv.connect() as s:
                self.assertEqual(exchange(s, b"first\n"), b"first\n")
                s.sendall(b"QUIT\n")
                self.assertEqual(recv_exactly(s, 4), b"BYE\n")
                self.assertEqual(s.recv(10), b"")
            self.assertTrue(wait_until(lambda: len(srv.conn_lines()) == 1, 10), srv.log())

    def test_http_keep_alive(self):
        with Serve("serve_http.b", "--listen", "127.0.0.1", "--port", 0, "--requeue", "--workers", 1) as srv:
            c = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10 * SLOW)
            for path in ("/one", "/two", "/three"):
                c.request("GET", path)
                r = c.getresponse()
                self.assertEqual(r.status, 200)
                self.assertEqual(r.getheader("Connection"), "keep-alive")
                self.assertIn(path, r.read().decode())
            c.request("GET", "/last", headers={"Connection": "close"})
            r = c.getresponse()
            self.assertEqual(r.getheader("Connection"), "close")
            r.read()
            c.close()
            self.assertTrue(wait_until(lambda: len(srv.conn_lines()) == 1, 10), srv.log())
        # Without --requeue the same program closes after each answer.
        with Serve("serve_http.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 1) as srv:
            c = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10 * SLOW)
            c.request("GET", "/x")
            self.assertEqual(c.getresponse().getheader("Connection"), "close")
            c.close()

    def test_idle_timeout_closes_a_parked_connection(self):
        with echo_serve("--workers", 1, "--idle-timeout", "1") as srv:
            with srv.connect() as s:
                self.assertEqual(exchange(s, b"then silence\n"), b"then silence\n")
                start = time.monotonic()
                self.assertEqual(s.recv(10), b"")
                self.assertLess(time.monotonic() - start, 5 * SLOW)
            self.assertTrue(wait_until(lambda: len(srv.conn_lines()) == 1, 10), srv.log())
            self.assertRegex(srv.conn_lines()[0], r" in=13 out=13 idle-timeout$")

    def test_sigterm_closes_parked_connections_after_the_grace_period(self):
        with echo_serve("--workers", 1, "--grace", "2") as srv:
            a, b = srv.connect(), srv.connect()
            self.assertEqual(exchange(a, b"a\n"), b"a\n")
            self.assertEqual(exchange(b, b"b\n"), b"b\n")
            start = time.monotonic()
            srv.proc.send_signal(signal.SIGTERM)
            self.assertTrue(wait_until(lambda: "serve: stopping" in srv.log(), 5), srv.log())
            # A parked connection may still send requests within the grace period: they are answered.
            self.assertEqual(exchange(a, b"late\n"), b"late\n")
            # Both are closed when the grace period ends, not before.
            self.assertEqual(b.recv(10), b"")
            self.assertGreater(time.monotonic() - start, 1.5)
            self.assertEqual(a.recv(10), b"")
            self.assertEqual(srv.proc.wait(20 * SLOW), 0)
            self.assertIn("closed: server stopping", srv.log())
            a.close()
            b.close()

    def test_sighup_hands_parked_connections_to_new_workers(self):
        with echo_serve("--workers", 2) as srv:
            s = srv.connect()
            self.assertEqual(exchange(s, b"before\n"), b"before\n")
            old = set(srv.workers())
            srv.proc.send_signal(signal.SIGHUP)
            self.assertTrue(wait_until(lambda: not (set(srv.workers()) & old) and len(srv.workers()) == 2,
                                       20 * SLOW), srv.log())
            self.assertEqual(exchange(s, b"after\n"), b"after\n")
            s.close()
            self.assertEqual(srv.stop(), 0)


if __name__ == "__main__":
    common.main()
