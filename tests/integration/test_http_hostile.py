"""bp/examples/http_server.b against hostile clients (issue 16, item 6): pipelined requests from clients
that never read are held to a bounded queue, and everyone else is still served; a request head over the
limit gets 431 at once, without the server spending seconds on it; a head that trickles in is cut off by
the header timeout; and a server out of descriptors answers 503, never 404, for a file that exists."""
import os
import socket
import tempfile
import time
import unittest

import common
from common import Server, connect

HZ = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / HZ


def response_head(s):
    """The status line and the headers of one response (the body is left unread)."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = s.recv(65536)
        if not chunk:
            raise AssertionError("closed before the headers: %r" % buf[:200])
        buf += chunk
    return buf.split(b"\r\n\r\n", 1)[0].decode("latin-1")


def get_hello(port, timeout):
    with connect("ipv4", ("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(b"GET /hello.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        return response_head(s).split("\r\n", 1)[0]


class PipelinedNeverReadTest(unittest.TestCase):
    def test_queue_is_capped(self):
        """Ten clients each pipeline 20 GETs for a 2 MB file and never read: without a cap the server
        would queue 400 MB. Its memory must stay bounded and a newcomer must be served meanwhile."""
        with tempfile.TemporaryDirectory() as root:
            with open(os.path.join(root, "big.bin"), "wb") as f:
                f.write(os.urandom(1 << 16) * 32)
            with open(os.path.join(root, "hello.txt"), "wb") as f:
                f.write(b"hello\n")
            with Server(common.example("http_server.b"), [0, root, "127.0.0.1"],
                        env=common.small_quarantine()) as srv:
                rss_before = srv.rss_kb()
                hogs = []
                for _ in range(10):
                    s = connect("ipv4", ("127.0.0.1", srv.port))
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                    s.sendall(b"GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n" * 20)
                    hogs.append(s)
                time.sleep(1.0 * common.SLOW)
                t0 = time.monotonic()
                self.assertEqual(get_hello(srv.port, 10), "HTTP/1.1 200 OK")
                waited = time.monotonic() - t0
                grown_mb = (srv.rss_kb() - rss_before) / 1024
                for s in hogs:
                    s.close()
                self.assertTrue(srv.alive(), srv.error_text())
                self.assertLess(grown_mb, 120, "the server grew by %d MB" % grown_mb)
                self.assertLess(waited, 3 * common.SLOW)

    def test_pipelined_requests_all_answered(self):
        """With the cap, pipelined requests are still all answered, in order, once the client reads."""
        with tempfile.TemporaryDirectory() as root:
            big = os.urandom(1 << 16) * 8
            with open(os.path.join(root, "big.bin"), "wb") as f:
                f.write(big)
            with Server(common.example("http_server.b"), [0, root, "127.0.0.1"]) as srv:
                with connect("ipv4", ("127.0.0.1", srv.port), timeout=20) as s:
                    s.sendall(b"GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n" * 9 +
                              b"GET /nothing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    got = b""
                    while True:
                        chunk = s.recv(1 << 20)
                        if not chunk:
                            break
                        got += chunk
                parts = got.split(b"HTTP/1.1 ")
                self.assertEqual(len(parts), 11)
                for p in parts[1:10]:
                    self.assertTrue(p.startswith(b"200 OK"))
                    self.assertEqual(p.split(b"\r\n\r\n", 1)[1], big)
                self.assertTrue(parts[10].startswith(b"404 Not Found"))


class HeaderLimitTest(unittest.TestCase):
    def test_slow_download_with_a_pipelined_request(self):
        """A client that reads a large response slowly, with its next request already sent, is not cut off by
        the header timeout (IDLE 2 here): the head clock stands still while responses are being written."""
        with tempfile.TemporaryDirectory() as root:
            big = os.urandom(1 << 16) * 48
            with open(os.path.join(root, "big.bin"), "wb") as f:
                f.write(big)
            with Server(common.example("http_server.b"), [0, root, "127.0.0.1", "", 2]) as srv:
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8192)
                s.settimeout(10 * common.SLOW)
                s.connect(("127.0.0.1", srv.port))
                with s:
                    s.sendall(b"GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n" * 2)
                    want = 2 * (len(big) + 200)
                    got = bytearray()
                    t0 = time.monotonic()
                    # Read slowly: the first response takes seconds, beyond the 2 s head timeout.
                    while True:
                        chunk = s.recv(65536)
                        if not chunk:
                            break
                        got += chunk
                        if got.count(b"HTTP/1.1 200 OK") == 2 and got.endswith(big):
                            break
                        time.sleep(0.01)
                    self.assertEqual(got.count(b"HTTP/1.1 200 OK"), 2, "%d bytes in %.1f s" % (len(got), time.monotonic() - t0))
                    self.assertTrue(got.endswith(big))
                    self.assertLess(len(got), want)

    def test_60k_head_gets_431_cheaply(self):
        with Server(common.example("http_server.b"), [0, "", "127.0.0.1"]) as srv:
            head = b"GET /hello.txt HTTP/1.1\r\nHost: x\r\n" + b"X-Pad: 0123456789\r\n" * 3200 + b"\r\n"
            self.assertGreater(len(head), 60000)
            before = cpu_seconds(srv.pid)
            with connect("ipv4", ("127.0.0.1", srv.port)) as s:
                s.sendall(head)
                status = response_head(s).split("\r\n", 1)[0]
            spent = cpu_seconds(srv.pid) - before
            self.assertEqual(status, "HTTP/1.1 431 Request Header Fields Too Large")
            self.assertLess(spent, 0.15, "%.2f s of CPU for one request head" % spent)
            self.assertEqual(get_hello(srv.port, 5), "HTTP/1.1 200 OK")

    def test_unfinished_head_over_limit_and_large_body(self):
        """17 KB of head with no blank line yet is refused at once (431), as is a body over 1 MB (413); both
        close the connection."""
        with Server(common.example("http_server.b"), [0, "", "127.0.0.1"]) as srv:
            with connect("ipv4", ("127.0.0.1", srv.port)) as s:
                s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-Pad: 0123456789\r\n" * 900)
                self.assertEqual(response_head(s).split("\r\n", 1)[0], "HTTP/1.1 431 Request Header Fields Too Large")
                while s.recv(65536):
                    pass
            with connect("ipv4", ("127.0.0.1", srv.port)) as s:
                s.sendall(b"POST /hello.txt HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\nabc")
                self.assertEqual(response_head(s).split("\r\n", 1)[0], "HTTP/1.1 413 Content Too Large")
                while s.recv(65536):
                    pass
            self.assertEqual(get_hello(srv.port, 5), "HTTP/1.1 200 OK")

    def test_trickled_head_is_linear(self):
        """A 15 KB head (under the limit) sent in 1 KB pieces is answered; each piece is scanned once."""
        with Server(common.example("http_server.b"), [0, "", "127.0.0.1"]) as srv:
            head = b"GET /hello.txt HTTP/1.1\r\nHost: x\r\n" + b"X-Pad: 0123456789\r\n" * 750 + b"\r\n"
            with connect("ipv4", ("127.0.0.1", srv.port)) as s:
                for i in range(0, len(head), 997):
                    s.sendall(head[i:i + 997])
                    time.sleep(0.002)
                self.assertEqual(response_head(s).split("\r\n", 1)[0], "HTTP/1.1 200 OK")

    def test_header_timeout(self):
        """A client that sends its head one byte at a time, never finishing it, is closed after the header
        timeout (IDLE 2 here) although it is never silent for long."""
        with Server(common.example("http_server.b"), [0, "", "127.0.0.1", "", 2]) as srv:
            with connect("ipv4", ("127.0.0.1", srv.port)) as s:
                s.sendall(b"GET / HTTP/1.1\r\n")
                t0 = time.monotonic()
                closed = False
                while time.monotonic() - t0 < 8 * common.SLOW:
                    try:
                        s.sendall(b"X")
                    except OSError:
                        closed = True
                        break
                    s.settimeout(0.3)
                    try:
                        if s.recv(4096) == b"":
                            closed = True
                            break
                    except socket.timeout:
                        pass
                self.assertTrue(closed, "still open after %.1f s" % (time.monotonic() - t0))
                self.assertLess(time.monotonic() - t0, 5 * common.SLOW)


class OutOfDescriptorsTest(unittest.TestCase):
    def test_503_not_404(self):
        """With every descriptor taken by connections, a file that exists cannot be opened: the answer is
        503 Service Unavailable, not 404 Not Found."""
        with Server(common.example("http_server.b"), [0, "", "127.0.0.1"], ulimit_n=40) as srv:
            where = ("127.0.0.1", srv.port)
            clients = [connect("ipv4", where) for _ in range(60)]
            time.sleep(0.5 * common.SLOW)
            seen = []
            for s in clients[:25]:
                s.settimeout(1.0 * common.SLOW)
                try:
                    s.sendall(b"GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n")
                    seen.append(response_head(s).split("\r\n", 1)[0])
                except (OSError, AssertionError):
                    pass
            for s in clients:
                s.close()
            self.assertTrue(srv.alive(), srv.error_text())
            self.assertNotIn("HTTP/1.1 404 Not Found", seen)
            self.assertIn("HTTP/1.1 503 Service Unavailable", seen)
            self.assertTrue(common.wait_until(lambda: self.probe(srv.port), 10))

    @staticmethod
    def probe(port):
        try:
            return get_hello(port, 2) == "HTTP/1.1 200 OK"
        except (OSError, AssertionError):
            return False


if __name__ == "__main__":
    common.main()
