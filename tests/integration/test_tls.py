"""TLS on the socket built-ins (docs/sockets.md, "TLS"), on 127.0.0.1 only: BASIC clients against
`openssl s_server` and a python3 ssl server, BASIC servers against `openssl s_client` and a python3 ssl client,
mutual TLS, STARTTLS on both sides, SELECT.SOCKET with decrypted data waiting, non-blocking reads, a large
write, the configuration defaults, and the failures (expired, wrong host, untrusted, no client certificate,
a peer that stops or closes mid-handshake, a plaintext peer, bad files). The CA and every certificate are
made at test time with the openssl command. Every subprocess and socket has a timeout.
"""
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import unittest

import common

T = 20 * common.SLOW  # the bound of each wait

CERTS = None


def openssl(*args, cwd):
    subprocess.run(["openssl"] + list(args), cwd=cwd, check=True, capture_output=True, timeout=T)


def make_certs():
    """A CA, certificates it signs (server for localhost/127.0.0.1, expired, wrong host, client) and a
    self-signed one, in a temporary folder."""
    d = tempfile.mkdtemp(prefix="mvbasic-tls-")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=mvbasic test CA",
            cwd=d)
    with open(os.path.join(d, "local.ext"), "w") as f:
        f.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    with open(os.path.join(d, "wrong.ext"), "w") as f:
        f.write("subjectAltName=DNS:wrong.example\n")
    with open(os.path.join(d, "client.ext"), "w") as f:
        f.write("extendedKeyUsage=clientAuth\n")
    for name, subj, ext, days in [("server", "/CN=localhost", "local.ext", "2"),
                                  ("expired", "/CN=localhost", "local.ext", "-1"),
                                  ("wrong", "/CN=wrong.example", "wrong.ext", "2"),
                                  ("client", "/CN=client/O=mvbasic", "client.ext", "2")]:
        openssl("req", *ec, "-keyout", name + ".key", "-out", name + ".csr", "-subj", subj, cwd=d)
        openssl("x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", name + ".pem", "-days", days, "-extfile", ext, cwd=d)
    # A key protected by a pass phrase: it must fail at once, never prompt.
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-passout", "pass:secret",
            "-keyout", "enc.key", "-out", "enc.pem", "-days", "2", "-subj", "/CN=enc", cwd=d)
    openssl("req", "-x509", *ec, "-keyout", "self.key", "-out", "self.pem", "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", cwd=d)
    return d


def path(name):
    return os.path.join(CERTS, name)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_basic(*args, config=None):
    code, out, err, _ = common.run_basic(args[0], args[1:], config=config, timeout=T * 2)
    # Under the sanitizer build a leak or a memory error is reported on stderr (and the exit status).
    assert "Sanitizer" not in err, err
    return code, out.splitlines(), err


def server_context(cert="server"):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(path(cert + ".pem"), path(cert + ".key"))
    return ctx


class PyServer:
    """A python3 server on 127.0.0.1 in a thread: `handler(conn)` serves each connection (one by default)."""

    def __init__(self, handler, count=1):
        self.lsn = socket.socket()
        self.lsn.bind(("127.0.0.1", 0))
        self.lsn.listen(8)
        self.lsn.settimeout(T)
        self.port = self.lsn.getsockname()[1]
        self.errors = []
        self.thread = threading.Thread(target=self._run, args=(handler, count), daemon=True)
        self.thread.start()

    def _run(self, handler, count):
        try:
            for _ in range(count):
                conn, _ = self.lsn.accept()
                conn.settimeout(T)
                with conn:
                    handler(conn)
        except Exception as e:  # reported by join()
            self.errors.append(repr(e))

    def join(self):
        self.thread.join(T)
        self.lsn.close()
        return self.errors


def recv_line(conn):
    buf = b""
    while not buf.endswith(b"\n"):
        chunk = conn.recv(1)
        if not chunk:
            break
        buf += chunk
    return buf


class TlsClientTest(unittest.TestCase):
    """BASIC as the client."""

    def client(self, port, ca="ca.pem", flags=0, host="localhost", extra=()):
        return run_basic("tls_client.b", host, port, path(ca), "-", "-", flags, 5, *extra)

    def test_against_openssl_s_server(self):
        port = free_port()
        srv = subprocess.Popen(["openssl", "s_server", "-accept", "127.0.0.1:%d" % port, "-cert", path("server.pem"),
                                "-key", path("server.key"), "-rev", "-naccept", "1"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        try:
            # s_server says ACCEPT once it listens.
            self.assertTrue(common.wait_until(lambda: b"ACCEPT" in srv.stdout.readline(), T))
            code, out, err = self.client(port)
        finally:
            srv.kill()
            srv.wait(T)
            srv.stdout.close()
        self.assertEqual(code, 0, err)
        self.assertEqual(out[0], "OPEN 0 0")
        self.assertRegex(out[1], r"^INFO 1 TLSv1\.[23] ok$")
        self.assertEqual(out[2], "PEER CN=localhost")
        self.assertEqual(out[3:], ["WROTE 6 0", "GOT olleh"])

    def test_against_python_server_with_sni_and_close_notify(self):
        ctx = server_context()
        seen = []
        ctx.sni_callback = lambda sock, name, c: seen.append(name)

        def handler(conn):
            tls = ctx.wrap_socket(conn, server_side=True)
            tls.sendall(recv_line(tls).upper())
            tls.unwrap()  # a TLS close (close_notify)

        srv = PyServer(handler)
        code, out, err = self.client(srv.port, extra=("END",))
        self.assertEqual(srv.join(), [])
        self.assertEqual(code, 0, err)
        self.assertEqual(out[-2:], ["GOT HELLO", "END 7013 0"])
        self.assertEqual(seen, ["localhost"])

    def test_peer_that_vanishes_reads_as_closed(self):
        ctx = server_context()

        def handler(conn):
            tls = ctx.wrap_socket(conn, server_side=True)
            tls.sendall(recv_line(tls).upper())
            tls.shutdown(socket.SHUT_RDWR)  # the TCP end, without close_notify
            tls.close()

        srv = PyServer(handler)
        code, out, err = self.client(srv.port, host="127.0.0.1", extra=("END",))
        self.assertEqual(srv.join(), [])
        self.assertEqual(out[-2:], ["GOT HELLO", "END 7013 0"], err)

    def handshake_failure(self, cert, ca="ca.pem", flags=0, host="localhost"):
        ctx = server_context(cert)

        def handler(conn):
            try:
                tls = ctx.wrap_socket(conn, server_side=True)
                tls.sendall(recv_line(tls).upper())
            except (ssl.SSLError, OSError):
                pass

        srv = PyServer(handler)
        code, out, err = self.client(srv.port, ca=ca, flags=flags, host=host)
        srv.join()
        return out

    def test_expired_certificate(self):
        self.assertEqual(self.handshake_failure("expired")[0], "OPEN 7033 certificate has expired")

    def test_wrong_host(self):
        self.assertEqual(self.handshake_failure("wrong")[0], "OPEN 7033 hostname mismatch")

    def test_wrong_ip_address(self):
        self.assertEqual(self.handshake_failure("wrong", host="127.0.0.1")[0], "OPEN 7033 IP address mismatch")

    def test_untrusted_certificate(self):
        self.assertEqual(self.handshake_failure("self")[0], "OPEN 7033 self-signed certificate")

    def test_no_verify_is_explicit_and_reports_the_problem(self):
        out = self.handshake_failure("expired", flags=1)
        self.assertEqual(out[0], "OPEN 0 0")
        self.assertRegex(out[1], r"^INFO 1 TLSv1\.[23] certificate has expired$")
        self.assertEqual(out[-1], "GOT HELLO")

    def test_peer_that_stops_mid_handshake(self):
        def handler(conn):
            conn.recv(4096)  # the ClientHello, then silence
            time.sleep(3 * common.SLOW)

        srv = PyServer(handler)
        start = time.monotonic()
        code, out, err = run_basic("tls_client.b", "localhost", srv.port, path("ca.pem"), "-", "-", 0, 1)
        self.assertLess(time.monotonic() - start, T)
        srv.join()
        self.assertEqual(out[0], "OPEN 7032 handshake timed out")

    def test_peer_that_closes_mid_handshake(self):
        srv = PyServer(lambda conn: conn.recv(4096))
        code, out, err = self.client(srv.port)
        srv.join()
        self.assertEqual(out[0], "OPEN 7032 connection closed during handshake")

    def test_plaintext_peer(self):
        def handler(conn):
            conn.recv(4096)
            conn.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")

        srv = PyServer(handler)
        code, out, err = self.client(srv.port)
        srv.join()
        self.assertRegex(out[0], r"^OPEN 7032 (wrong version number|packet length too long|record layer failure)$")

    def test_mutual_tls_client_certificate(self):
        ctx = server_context()
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(path("ca.pem"))
        subjects = []

        def handler(conn):
            tls = ctx.wrap_socket(conn, server_side=True)
            subjects.append(dict(x[0] for x in tls.getpeercert()["subject"]))
            tls.sendall(recv_line(tls).upper())

        srv = PyServer(handler)
        code, out, err = run_basic("tls_client.b", "localhost", srv.port, path("ca.pem"), path("client.pem"),
                                   path("client.key"), 0, 5)
        self.assertEqual(srv.join(), [])
        self.assertEqual(out[-1], "GOT HELLO", err)
        self.assertEqual(subjects[0]["commonName"], "client")


class TlsServerTest(unittest.TestCase):
    """BASIC as the server."""

    def start(self, count, flags=0, ca="-", timeout=10000, cert="server"):
        return common.Server("tls_server.b", [path(cert + ".pem"), path(cert + ".key"), ca, flags, count, timeout],
                             cwd=common.HERE)

    def finish(self, srv):
        out, _ = srv.proc.communicate(timeout=T)
        srv.stop()
        self.assertNotIn("Sanitizer", srv.error_text())
        self.assertEqual(srv.proc.returncode, 0, srv.error_text())
        return out.decode().splitlines()

    def test_against_openssl_s_client(self):
        srv = self.start(1)
        p = subprocess.run(["openssl", "s_client", "-connect", "127.0.0.1:%d" % srv.port, "-CAfile", path("ca.pem"),
                            "-verify_return_error", "-verify_hostname", "localhost", "-quiet", "-ign_eof"],
                           input=b"hello\n", capture_output=True, timeout=T)
        lines = self.finish(srv)
        self.assertEqual(p.stdout, b"HELLO\n", p.stderr)
        self.assertEqual(lines[0], "ACCEPT 0 0")
        self.assertRegex(lines[1], r"^PEER \|no peer certificate\|TLSv1\.[23]$")
        self.assertEqual(lines[2:], ["LINE hello", "DONE"])

    def py_client(self, port, cert=None, minimum=None):
        ctx = ssl.create_default_context(cafile=path("ca.pem"))
        if cert:
            ctx.load_cert_chain(path(cert + ".pem"), path(cert + ".key"))
        if minimum:
            ctx.maximum_version = minimum
        with socket.create_connection(("127.0.0.1", port), timeout=T) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
                tls.sendall(b"hello python\n")
                return recv_line(tls)

    def test_against_python_client(self):
        srv = self.start(1)
        self.assertEqual(self.py_client(srv.port), b"HELLO PYTHON\n")
        self.assertEqual(self.finish(srv)[-2:], ["LINE hello python", "DONE"])

    def test_mutual_tls_required(self):
        srv = self.start(2, flags=2, ca=path("ca.pem"))
        self.assertEqual(self.py_client(srv.port, cert="client"), b"HELLO PYTHON\n")
        # Without a certificate: TLS 1.3 clients learn of the refusal only at their first read.
        with self.assertRaises((ssl.SSLError, ConnectionError, OSError)):
            if self.py_client(srv.port) == b"":
                raise ConnectionError("closed")
        lines = self.finish(srv)
        self.assertEqual(lines[0], "ACCEPT 0 0")
        self.assertEqual(lines[1], "PEER O=mvbasic,CN=client|ok|TLSv1.3")
        self.assertEqual(lines[3], "ACCEPT 7033 peer did not return a certificate")
        self.assertEqual(lines[-1], "DONE")

    def test_tls12_client(self):
        srv = self.start(1)
        self.assertEqual(self.py_client(srv.port, minimum=ssl.TLSVersion.TLSv1_2), b"HELLO PYTHON\n")
        self.assertRegex(self.finish(srv)[1], r"\|TLSv1\.2$")

    def test_clients_that_stall_or_speak_plaintext(self):
        srv = self.start(3, timeout=1000)
        stalled = socket.create_connection(("127.0.0.1", srv.port), timeout=T)  # never says anything
        try:
            plain = socket.create_connection(("127.0.0.1", srv.port), timeout=T)
            plain.sendall(b"GET / HTTP/1.0\r\n\r\n")
            self.assertEqual(self.py_client(srv.port), b"HELLO PYTHON\n")
            plain.close()
        finally:
            stalled.close()
        lines = self.finish(srv)
        self.assertEqual(lines[0], "ACCEPT 7032 handshake timed out")
        self.assertRegex(lines[1], r"^ACCEPT 7032 (wrong version number|http request|packet length too long)$")
        self.assertRegex(lines[2], r"^ACCEPT 0 ")
        self.assertEqual(lines[-1], "DONE")


class TlsSpecialTest(unittest.TestCase):
    def test_starttls_client(self):
        ctx = server_context()

        def handler(conn):
            assert recv_line(conn) == b"STARTTLS\n"
            conn.sendall(b"GO\n")
            tls = ctx.wrap_socket(conn, server_side=True)
            tls.sendall(recv_line(tls).upper())

        srv = PyServer(handler)
        code, out, err = run_basic("tls_special.b", "STARTTLS", srv.port, path("ca.pem"))
        self.assertEqual(srv.join(), [])
        self.assertEqual(out, ["OPEN 0 TLS 0", "PLAIN GO", "UPGRADE 1 0 TLS 1 ok", "AGAIN 0 1009", "SECURE SECRET"],
                         err)

    def test_starttls_server(self):
        srv = common.Server("tls_special.b", ["ACCEPT.STARTTLS", path("server.pem"), path("server.key")],
                            cwd=common.HERE)
        with socket.create_connection(("127.0.0.1", srv.port), timeout=T) as raw:
            raw.sendall(b"STARTTLS\n")
            self.assertEqual(recv_line(raw), b"GO\n")
            ctx = ssl.create_default_context(cafile=path("ca.pem"))
            with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
                tls.sendall(b"secret\n")
                self.assertEqual(recv_line(tls), b"SECRET\n")
        out, _ = srv.proc.communicate(timeout=T)
        srv.stop()
        self.assertEqual(srv.proc.returncode, 0, srv.error_text())
        lines = out.decode().splitlines()
        self.assertEqual(lines[0], "PLAIN STARTTLS")
        self.assertRegex(lines[1], r"^UPGRADE 1 0 TLSv1\.3$")
        self.assertEqual(lines[2], "SECURE secret")

    def test_select_sees_decrypted_data_and_nonblocking_reads(self):
        ctx = server_context()

        def handler(conn):
            tls = ctx.wrap_socket(conn, server_side=True)
            assert recv_line(tls) == b"go\n"
            tls.sendall(b"abcdefghij\n")  # one record: the client reads 3 bytes, OpenSSL holds the rest
            assert recv_line(tls) == b"close\n"
            tls.unwrap()

        srv = PyServer(handler)
        code, out, err = run_basic("tls_special.b", "PENDING", srv.port, path("ca.pem"))
        self.assertEqual(srv.join(), [])
        self.assertEqual(out, ["OPEN 0", "NB.EMPTY 1011 []", "FIRST abc 0", "SELECT 1 0 1", "REST defghij 0",
                               "NB.AGAIN 1011", "SELECT.NONE 0 1011", "SELECT.CLOSE 1 0", "END 7013"], err)

    def test_half_close_sends_the_tls_close(self):
        ctx = server_context()

        def handler(conn):
            # Without ragged-EOF suppression, an end without close_notify would raise here.
            tls = ctx.wrap_socket(conn, server_side=True, suppress_ragged_eofs=False)
            got = b""
            while True:
                chunk = tls.recv(100)
                if not chunk:
                    break
                got += chunk
            assert got == b"request", got
            tls.sendall(b"answer")
            tls.unwrap()

        srv = PyServer(handler)
        code, out, err = run_basic("tls_special.b", "SHUT", srv.port, path("ca.pem"))
        self.assertEqual(srv.join(), [])
        self.assertEqual(out, ["SHUT 1 0", "GOT answer 7013", "WRITE.AFTER 0 1008 32"], err)

    def test_large_write_both_ways(self):
        size = 3000000
        ctx = server_context()

        def handler(conn):
            tls = ctx.wrap_socket(conn, server_side=True)
            got = bytearray()
            while len(got) < size:
                chunk = tls.recv(65536)
                if not chunk:
                    break
                got += chunk
            tls.sendall(b"%d\n" % len(got))
            tls.sendall(bytes(got))
            tls.unwrap()

        srv = PyServer(handler)
        code, out, err = run_basic("tls_special.b", "BIG", srv.port, path("ca.pem"), size)
        self.assertEqual(srv.join(), [])
        self.assertEqual(out, ["WROTE %d 0" % size, "PEER %d" % size, "BACK %d 1 7013" % size], err)


class HttpsExampleTest(unittest.TestCase):
    def test_http_example_serves_https(self):
        import http.client
        config = "TLS.CERT = %s\nTLS.KEY = %s\n" % (path("server.pem"), path("server.key"))
        with common.Server(common.example("http_server.b"), [0], config=config, env={"MVBASIC_HTTPS": "1"}) as srv:
            ctx = ssl.create_default_context(cafile=path("ca.pem"))
            conn = http.client.HTTPSConnection("localhost", srv.port, context=ctx, timeout=T)
            try:
                for _ in range(2):  # kept alive: the second request reuses the secure connection
                    conn.request("GET", "/status")
                    r = conn.getresponse()
                    self.assertEqual(r.status, 200)
                    self.assertIn(b"requests", r.read())
            finally:
                conn.close()


class TlsContextTest(unittest.TestCase):
    def context(self, cert, key, ca, config=None):
        prog = os.path.join(CERTS, "ctx.b")
        with open(prog, "w") as f:
            f.write('$INCLUDE KEYS.H\nX = CREATE.SECURITY.CONTEXT("%s", "%s", "%s")\n'
                    'PRINT STATUS():" ":OS.ERROR():" ":SOCKET.INFO(X, 0)\n' % (cert, key, ca))
        code, out, err = run_basic(prog, config=config)
        self.assertEqual(code, 0, err)
        return out[0]

    def test_files(self):
        self.assertEqual(self.context(path("server.pem"), path("server.key"), path("ca.pem")), "0 0 0")
        self.assertEqual(self.context(path("server.pem"), path("client.key"), ""), "7030 key values mismatch 0")
        self.assertEqual(self.context(path("server.key"), "", ""), "7029 no start line 0")
        self.assertEqual(self.context(path("server.pem"), "", ""), "7030 no private key found 0")
        self.assertEqual(self.context(path("enc.pem"), path("enc.key"), ""), "7030 bad decrypt 0")
        self.assertEqual(self.context(CERTS, "", ""), "7029 Is a directory 0")
        self.assertEqual(self.context("", path("server.key"), ""), "7030 private key given without a certificate 0")
        self.assertEqual(self.context("", "", path("nothing")), "7031 No such file or directory 0")
        self.assertEqual(self.context(path("nothing.pem"), "", ""), "7029 No such file or directory 0")
        self.assertEqual(self.context("", "", path("server.key")), "7031 no certificate or crl found 0")
        self.assertEqual(self.context("", "", CERTS), "0 0 0")

    def test_configuration_defaults(self):
        config = "TLS.CERT = %s\nTLS.KEY = %s\nTLS.CA = %s\n" % (path("server.pem"), path("client.key"), path("ca.pem"))
        self.assertEqual(self.context("", "", "", config=config), "7030 key values mismatch 0")
        config = "TLS.CERT = %s\nTLS.KEY = %s\n" % (path("server.pem"), path("server.key"))
        self.assertEqual(self.context("", "", "", config=config), "0 0 0")


def setUpModule():
    global CERTS
    CERTS = make_certs()


def tearDownModule():
    shutil.rmtree(CERTS, ignore_errors=True)


if __name__ == "__main__":
    common.main()
