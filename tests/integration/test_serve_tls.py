"""`mvbasic serve --tls-cert/--tls-key` (issue 16 item 2, round 2): the handshake runs in the worker and
PROGRAM sees a secure @SOCKET. Clients: python3's ssl module and `openssl s_client`; certificates made at test
time with the openssl command (test_tls.make_certs). Also: client certificates (--tls-verify-client), a
client that stops mid-handshake and a plain client on the TLS port (one log line each, the worker survives),
--requeue keeping a TLS connection in its worker, and files that are missing or do not match (exit 2)."""
import os
import signal
import socket
import ssl
import subprocess
import time
import unittest

import common
import test_tls
from common import SLOW, wait_until
from test_serve import Serve

PROGRAM = os.path.join(common.HERE, "serve_tls_info.b")
T = 20 * SLOW


def cert(name):
    return test_tls.path(name)


def client_context(with_cert=False):
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cert("ca.pem"))
    if with_cert:
        ctx.load_cert_chain(cert("client.pem"), cert("client.key"))
    return ctx


def tls_serve(*options, program=PROGRAM, **kw):
    return Serve(program, "--listen", "127.0.0.1", "--port", 0, "--tls-cert", cert("server.pem"), "--tls-key",
                 cert("server.key"), *options, **kw)


def ask(srv, line, ctx=None, host="localhost"):
    """One TLS connection: sends `line`, returns the whole answer (until the server closes)."""
    ctx = ctx or client_context()
    with socket.create_connection(("127.0.0.1", srv.port), timeout=T) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            s.sendall(line)
            out = b""
            while True:
                try:
                    chunk = s.recv(4096)
                except (ssl.SSLEOFError, ConnectionResetError):
                    break
                if not chunk:
                    break
                out += chunk
            return out.decode()


class ServeTlsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        test_tls.CERTS = test_tls.make_certs()

    def test_python_client_sees_tls_info(self):
        with tls_serve("--workers", 2) as srv:
            answer = ask(srv, b"hello\n")
            self.assertRegex(answer, r"^tls=1 version=TLSv1\.[23] peer= verify=no peer certificate got=hello\n$")
            self.assertTrue(wait_until(lambda: len(srv.conn_lines()) == 1, 10), srv.log())
            self.assertRegex(srv.conn_lines()[0], r" in=\d+ out=\d+ ok$")
            self.assertEqual(srv.stop(), 0)

    def test_openssl_s_client(self):
        with tls_serve("--workers", 1) as srv:
            p = subprocess.run(["openssl", "s_client", "-connect", "127.0.0.1:%d" % srv.port, "-CAfile",
                                cert("ca.pem"), "-verify_return_error", "-quiet"], input=b"from s_client\n",
                               capture_output=True, timeout=T)
            self.assertIn("tls=1", p.stdout.decode(), p.stderr.decode())
            self.assertIn("got=from s_client", p.stdout.decode())

    def test_client_certificates(self):
        with tls_serve("--workers", 1, "--tls-ca", cert("ca.pem"), "--tls-verify-client", "require") as srv:
            answer = ask(srv, b"mutual\n", client_context(with_cert=True))
            self.assertIn("CN=client", answer)
            self.assertIn("verify=ok", answer)
            # Without a certificate the handshake fails (TLS 1.3 clients may learn it at their first read).
            with self.assertRaises((ssl.SSLError, ConnectionError, AssertionError)):
                got = ask(srv, b"no certificate\n")
                if "got=" not in got:
                    raise AssertionError("refused")
            self.assertTrue(wait_until(lambda: "error: TLS handshake:" in srv.log(), 10), srv.log())
            # The worker survived: a good client is still served.
            self.assertIn("got=again", ask(srv, b"again\n", client_context(with_cert=True)))
        with tls_serve("--workers", 1, "--tls-ca", cert("ca.pem"), "--tls-verify-client", "request") as srv:
            self.assertIn("got=optional", ask(srv, b"optional\n"))
            self.assertIn("CN=client", ask(srv, b"given\n", client_context(with_cert=True)))

    def test_client_that_stops_mid_handshake(self):
        with tls_serve("--workers", 1, "--tls-timeout", "1") as srv:
            stalled = socket.create_connection(("127.0.0.1", srv.port), timeout=T)
            stalled.sendall(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03")  # the start of a ClientHello
            start = time.monotonic()
            self.assertEqual(stalled.recv(100), b"")  # the server gives up and closes
            self.assertLess(time.monotonic() - start, 8 * SLOW)
            stalled.close()
            self.assertTrue(wait_until(lambda: "error: TLS handshake:" in srv.log(), 10), srv.log())
            lines = [l for l in srv.conn_lines() if "TLS handshake" in l]
            self.assertEqual(len(lines), 1, srv.log())
            workers = srv.workers()
            self.assertIn("got=after", ask(srv, b"after\n"))
            self.assertEqual(srv.workers(), workers)  # the same worker, not a replacement

    def test_plain_client_on_a_tls_port(self):
        with tls_serve("--workers", 1) as srv:
            workers = srv.workers()
            with socket.create_connection(("127.0.0.1", srv.port), timeout=T) as s:
                s.sendall(b"GET / HTTP/1.0\r\n\r\n")
                got = b""
                try:
                    while True:
                        chunk = s.recv(4096)
                        if not chunk:
                            break
                        got += chunk
                except ConnectionResetError:
                    pass
            self.assertNotIn(b"tls=", got)
            self.assertTrue(wait_until(lambda: "error: TLS handshake:" in srv.log(), 10), srv.log())
            line = [l for l in srv.conn_lines() if "TLS handshake" in l][0]
            self.assertGreater(len(line.split("TLS handshake:", 1)[1].strip()), 3, line)  # OpenSSL's reason
            self.assertIn("got=fine", ask(srv, b"fine\n"))
            self.assertEqual(srv.workers(), workers)

    def test_requeue_keeps_a_tls_connection_in_its_worker(self):
        with tls_serve("--workers", 1, "--requeue", "--idle-timeout", "5") as srv:
            ctx = client_context()
            with socket.create_connection(("127.0.0.1", srv.port), timeout=T) as raw:
                with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                    for word in (b"one", b"two", b"three"):
                        s.sendall(word + b"\n")
                        self.assertIn("got=" + word.decode(), s.recv(4096).decode())
            self.assertTrue(wait_until(lambda: len(srv.conn_lines()) == 1, 10), srv.log())
            self.assertRegex(srv.conn_lines()[0], r" ok$")

    def test_sigterm_closes_a_tls_connection_parked_in_its_worker(self):
        with tls_serve("--workers", 1, "--requeue", "--grace", "30") as srv:
            with socket.create_connection(("127.0.0.1", srv.port), timeout=T) as raw:
                with client_context().wrap_socket(raw, server_hostname="localhost") as s:
                    s.sendall(b"parked\n")
                    self.assertIn("got=parked", s.recv(4096).decode())
                    start = time.monotonic()
                    srv.proc.send_signal(signal.SIGTERM)
                    try:
                        self.assertEqual(s.recv(100), b"")
                    except (ssl.SSLEOFError, ConnectionResetError):
                        pass
            # Well before the 30 s grace period: the worker was told, not killed.
            self.assertEqual(srv.proc.wait(T), 0)
            self.assertLess(time.monotonic() - start, 10 * SLOW)
            self.assertRegex(srv.conn_lines()[0], r" closed: server stopping$")

    def test_settings_from_the_configuration_file(self):
        conf = "SERVE.TLS.CERT = %s\nSERVE.TLS.KEY = %s\n" % (cert("server.pem"), cert("server.key"))
        with Serve(PROGRAM, "--listen", "127.0.0.1", "--port", 0, "--workers", 1, config=conf) as srv:
            self.assertIn("tls=1", ask(srv, b"conf\n"))

    def test_bad_files(self):
        cases = [
            (["--tls-cert", "/nonexistent/cert.pem"], "/nonexistent/cert.pem"),
            (["--tls-cert", cert("server.pem"), "--tls-key", cert("client.key")], "TLS: the key"),
            (["--tls-cert", cert("server.pem"), "--tls-key", cert("server.key"), "--tls-ca", "/nonexistent/ca"],
             "TLS: the CA"),
            (["--tls-key", cert("server.key")], "need --tls-cert"),
            (["--tls-cert", cert("server.pem"), "--tls-verify-client", "maybe"], "none, request or require"),
            (["--tls-cert", cert("server.pem"), "--tls-timeout", "0"], "more than 0"),
        ]
        for args, message in cases:
            p = subprocess.run([common.MVBASIC, "serve", PROGRAM, "--listen", "127.0.0.1", "--port", "0"] + args,
                               capture_output=True, timeout=T, env=dict(os.environ, MVBASIC_CONFIG="/dev/null"))
            self.assertEqual(p.returncode, 2, (args, p.stderr))
            self.assertIn(message, p.stderr.decode(), args)


if __name__ == "__main__":
    common.main()
