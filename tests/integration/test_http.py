"""bp/examples/http_server.b and http_client.b as real processes: files, the JSON status page, keep-alive,
pipelining, errors, HEAD, IPv6 and a Unix path; the Date header, the Host rule of HTTP/1.1 and the redirect
of a folder without its final slash; and the BASIC client fetching from the BASIC server."""
import calendar
import email.utils
import http.client
import json
import os
import socket
import tempfile
import time
import unittest

import common
from common import Server, connect

WWW = None


def www(name):
    return os.path.join(common.ROOT, "bp", "examples", "www", name)


def file_text(name):
    # The server sends a file's bytes exactly as they are on disk (OSREAD).
    with open(www(name), "rb") as f:
        return f.read()


def read_response(s, buf):
    """One HTTP response from a raw socket: (status line, headers dict, body)."""
    while b"\r\n\r\n" not in buf:
        chunk = s.recv(65536)
        if not chunk:
            raise AssertionError("closed before the headers: %r" % bytes(buf))
        buf += chunk
    head, _, rest = bytes(buf).partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(b":")
        headers[k.strip().lower().decode()] = v.strip().decode()
    n = int(headers.get("content-length", "0"))
    body = bytearray(rest)
    while len(body) < n:
        chunk = s.recv(65536)
        if not chunk:
            raise AssertionError("closed inside the body")
        body += chunk
    buf[:] = body[n:]
    return lines[0].decode(), headers, bytes(body[:n])


class HttpBinaryTest(unittest.TestCase):
    """Every byte value, marks and NUL included, comes back unchanged; a folder is not a file: without its
    final slash it is redirected, with it its missing index.html is 404."""

    def test_binary_file(self):
        with tempfile.TemporaryDirectory() as root:
            data = bytes(range(256)) * 64 + b"\n\r\n\xfe\xff"
            with open(os.path.join(root, "all.png"), "wb") as f:
                f.write(data)
            os.mkdir(os.path.join(root, "sub"))
            srv = Server(common.example("http_server.b"), [0, root, "127.0.0.1"])
            try:
                c = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10 * common.SLOW)
                c.request("GET", "/all.png")
                r = c.getresponse()
                self.assertEqual((r.status, r.getheader("Content-Type")), (200, "image/png"))
                self.assertEqual(r.read(), data)
                c.request("GET", "/sub")
                r = c.getresponse()
                r.read()
                self.assertEqual((r.status, r.getheader("Location")), (301, "/sub/"))
                c.request("GET", "/sub/")
                r = c.getresponse()
                r.read()
                self.assertEqual(r.status, 404)
                c.close()
            finally:
                srv.stop()


class HttpTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # A time zone far from GMT (a POSIX TZ string for UTC-11, which needs no tzdata), so that local time
        # cannot pass for GMT in the Date header.
        cls.srv = Server(common.example("http_server.b"), [0, "", "127.0.0.1"], env={"TZ": "MVT+11"})
        cls.port = cls.srv.port

    @classmethod
    def tearDownClass(cls):
        cls.srv.stop()

    def conn(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=10 * common.SLOW)

    def test_index_and_files(self):
        c = self.conn()
        for path, name, ctype in [("/", "index.html", "text/html"), ("/style.css", "style.css", "text/css"),
                                  ("/hello.txt", "hello.txt", "text/plain")]:
            c.request("GET", path)
            r = c.getresponse()
            body = r.read()
            self.assertEqual(r.status, 200, path)
            self.assertTrue(r.getheader("Content-Type").startswith(ctype), r.getheader("Content-Type"))
            self.assertEqual(body, file_text(name))
        c.request("GET", "/docs/about.html")
        r = c.getresponse()
        self.assertEqual((r.status, r.read()), (200, file_text("docs/about.html")))
        c.close()

    def test_keep_alive_and_head(self):
        c = self.conn()
        for _ in range(20):
            c.request("HEAD", "/hello.txt")
            r = c.getresponse()
            self.assertEqual(r.status, 200)
            self.assertEqual(r.read(), b"")
            self.assertEqual(int(r.getheader("Content-Length")), len(file_text("hello.txt")))
            self.assertEqual(r.getheader("Connection"), "keep-alive")
        c.close()

    def test_status_page_is_json(self):
        c = self.conn()
        c.request("GET", "/status")
        r = c.getresponse()
        self.assertEqual(r.status, 200)
        self.assertEqual(r.getheader("Content-Type"), "application/json")
        doc = json.loads(r.read())
        self.assertEqual(doc["pid"], self.srv.pid)
        self.assertGreaterEqual(doc["requests"], 1)
        self.assertGreaterEqual(doc["connections_open"], 1)
        c.close()

    def test_errors(self):
        c = self.conn()
        for path in ["/nothing.html", "/../etc/passwd", "/%2e%2e/etc/passwd", "/.hidden"]:
            c.request("GET", path)
            r = c.getresponse()
            r.read()
            self.assertEqual(r.status, 404, path)
        c.request("POST", "/", body=b"x=1")
        r = c.getresponse()
        r.read()
        self.assertEqual(r.status, 405)
        self.assertEqual(r.getheader("Allow"), "GET, HEAD")
        c.close()
        with connect("ipv4", ("127.0.0.1", self.port)) as s:
            s.sendall(b"NONSENSE\r\n\r\n")
            status, _, _ = read_response(s, bytearray())
            self.assertTrue(status.startswith("HTTP/1.1 400"), status)
            self.assertEqual(s.recv(10), b"")

    def test_pipelined_requests_and_close(self):
        with connect("ipv4", ("127.0.0.1", self.port)) as s:
            s.sendall(b"GET /hello.txt HTTP/1.1\r\nHost: x\r\n\r\n" * 5 +
                      b"GET /status HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            buf = bytearray()
            for _ in range(5):
                status, headers, body = read_response(s, buf)
                self.assertEqual(status, "HTTP/1.1 200 OK")
                self.assertEqual(body, file_text("hello.txt"))
            status, headers, body = read_response(s, buf)
            self.assertEqual(headers["connection"], "close")
            json.loads(body)
            self.assertEqual(s.recv(10), b"")

    def test_http10_closes(self):
        with connect("ipv4", ("127.0.0.1", self.port)) as s:
            s.sendall(b"GET /hello.txt HTTP/1.0\r\n\r\n")
            status, headers, body = read_response(s, bytearray())
            self.assertEqual(headers["connection"], "close")
            self.assertEqual(s.recv(10), b"")

    def test_oversized_head(self):
        with connect("ipv4", ("127.0.0.1", self.port)) as s:
            s.sendall(b"GET / HTTP/1.1\r\nX-Big: " + b"a" * 40000)
            status, _, _ = read_response(s, bytearray())
            self.assertTrue(status.startswith("HTTP/1.1 431"), status)

    def test_basic_client(self):
        rc, out, err, _ = common.run_basic(common.example("http_client.b"),
                                           ["http://127.0.0.1:%d/hello.txt" % self.port])
        self.assertEqual(rc, 0, err)
        self.assertEqual(out.encode(), file_text("hello.txt"))
        rc, out, err, _ = common.run_basic(common.example("http_client.b"),
                                           ["http://127.0.0.1:%d/nope" % self.port, "-i"])
        self.assertEqual(rc, 0, err)
        self.assertTrue(out.startswith("HTTP/1.1 404 Not Found\n"), out)
        # Nobody listens on port 1: a clean failure, exit status 1.
        rc, out, err, _ = common.run_basic(common.example("http_client.b"), ["http://127.0.0.1:1/"])
        self.assertEqual(rc, 1)
        self.assertIn("STATUS 7005", out)

    def test_date_header_is_gmt_now(self):
        # RFC 7231 section 7.1.1.1: IMF-fixdate, always GMT, on every response (errors too). The server is
        # started with a time zone far from GMT, so a local time in the header would be hours off.
        pattern = (r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                   r"\d{4} \d\d:\d\d:\d\d GMT$")
        c = self.conn()
        for path in ["/hello.txt", "/nothing.html"]:
            before = time.time()
            c.request("GET", path)
            r = c.getresponse()
            r.read()
            after = time.time()
            date = r.getheader("Date")
            self.assertRegex(date, pattern, path)
            when = calendar.timegm(email.utils.parsedate(date))
            self.assertTrue(before - 60 <= when <= after + 60, "%s is not within a minute of now" % date)
            # The weekday must agree with the date itself.
            self.assertEqual(date[:3], time.strftime("%a", time.gmtime(when)))
        c.close()

    def test_http11_needs_one_host(self):
        for request, why in [(b"GET /hello.txt HTTP/1.1\r\n\r\n", b"no Host header"),
                             (b"GET /hello.txt HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", b"more than one Host")]:
            with connect("ipv4", ("127.0.0.1", self.port)) as s:
                s.sendall(request)
                status, headers, body = read_response(s, bytearray())
                self.assertEqual(status, "HTTP/1.1 400 Bad Request")
                self.assertIn(why, body)
                self.assertEqual(headers["connection"], "close")
                self.assertEqual(s.recv(10), b"")
        # HTTP/1.0 needs no Host; a lower-case header name counts.
        for request in [b"GET /hello.txt HTTP/1.0\r\n\r\n", b"GET /hello.txt HTTP/1.1\r\nhost: x\r\n\r\n"]:
            with connect("ipv4", ("127.0.0.1", self.port)) as s:
                s.sendall(request)
                status, _, body = read_response(s, bytearray())
                self.assertEqual(status, "HTTP/1.1 200 OK", request)
                self.assertEqual(body, file_text("hello.txt"))

    def test_folder_without_slash_redirects(self):
        c = self.conn()
        for target, location in [("/docs", "/docs/"), ("/docs?a=1&b=2", "/docs/?a=1&b=2"),
                                 ("/%64ocs", "/%64ocs/")]:
            c.request("GET", target)
            r = c.getresponse()
            body = r.read()
            self.assertEqual((r.status, r.reason), (301, "Moved Permanently"), target)
            self.assertEqual(r.getheader("Location"), location)
            self.assertEqual(body, b"moved to " + location.encode() + b"\n")
        # HEAD gets the same answer without the body; a file, and a missing name, are not redirected.
        c.request("HEAD", "/docs")
        r = c.getresponse()
        self.assertEqual((r.status, r.read(), r.getheader("Location")), (301, b"", "/docs/"))
        c.request("GET", "/docs/about.html")
        r = c.getresponse()
        self.assertEqual((r.status, r.getheader("Location"), r.read()), (200, None, file_text("docs/about.html")))
        c.request("GET", "/nothing")
        r = c.getresponse()
        r.read()
        self.assertEqual((r.status, r.getheader("Location")), (404, None))
        c.close()


class HttpOtherFamiliesTest(unittest.TestCase):
    def test_ipv6_with_basic_client(self):
        if not common.ipv6_loopback_available():
            self.skipTest("no IPv6 loopback")
        conf = "[mvbasic]\nIPV6=1\n"
        with Server(common.example("http_server.b"), [0, "", "::1"], config=conf) as srv:
            c = http.client.HTTPConnection("::1", srv.port, timeout=10 * common.SLOW)
            c.request("GET", "/hello.txt")
            self.assertEqual(c.getresponse().read(), file_text("hello.txt"))
            c.close()
            rc, out, err, _ = common.run_basic(common.example("http_client.b"),
                                               ["http://[::1]:%d/hello.txt" % srv.port], config=conf)
            self.assertEqual(rc, 0, err)
            self.assertEqual(out.encode(), file_text("hello.txt"))

    def test_unix_path(self):
        path = common.unix_path("http")
        with Server(common.example("http_server.b"), [0, "", path]) as srv:
            with connect("unix", path) as s:
                s.sendall(b"GET /status HTTP/1.1\r\nHost: local\r\n\r\n")
                status, _, body = read_response(s, bytearray())
                self.assertEqual(status, "HTTP/1.1 200 OK")
                self.assertEqual(json.loads(body)["pid"], srv.pid)
        if os.path.exists(path):
            os.unlink(path)


if __name__ == "__main__":
    common.main()
