"""No descriptor leaks: 10,000 connections opened and closed against the BASIC echo server (some closed with
a reset, some before the server ever reads) leave its /proc/PID/fd count where it started. The HTTP server
gets 1,000 keep-alive and closing connections the same way."""
import selectors
import socket
import struct
import time
import unittest

import common
from common import Server, connect, recv_exactly


def wave(where, n, payload, rst_every=0, http=False):
    """Opens n connections at once, does one exchange on each, then closes them all."""
    socks = [socket.create_connection(where, timeout=10 * common.SLOW) for _ in range(n)]
    for s in socks:
        s.sendall(payload)
    for i, s in enumerate(socks):
        if http:
            buf = b""
            while b"\r\n\r\n" not in buf:
                chunk = s.recv(65536)
                assert chunk, "closed early"
                buf += chunk
        else:
            assert recv_exactly(s, len(payload)) == payload
        if rst_every and i % rst_every == 0:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()


class FdLeakTest(unittest.TestCase):
    def check(self, srv, baseline):
        ok = common.wait_until(lambda: srv.fd_count() <= baseline, 15)
        self.assertTrue(ok, "server has %d descriptors open, started with %d" % (srv.fd_count(), baseline))
        self.assertTrue(srv.alive(), srv.error_text())

    def test_ten_thousand_connections(self):
        with Server(common.example("echo_server.b"), [0, "127.0.0.1"]) as srv:
            where = ("127.0.0.1", srv.port)
            with connect("ipv4", where) as s:  # warm up: the first SELECT creates its epoll set
                s.sendall(b"warm")
                recv_exactly(s, 4)
            time.sleep(0.2)
            baseline = srv.fd_count()
            total = 0
            while total < 10_000:
                wave(where, 100, b"leak?", rst_every=7)
                total += 100
            # Connections that go before the server has read anything.
            for _ in range(5):
                socks = [socket.create_connection(where, timeout=10 * common.SLOW) for _ in range(100)]
                for s in socks:
                    s.close()
            self.check(srv, baseline)

    def test_http_connections(self):
        with Server(common.example("http_server.b"), [0, "", "127.0.0.1"]) as srv:
            where = ("127.0.0.1", srv.port)
            wave(where, 1, b"GET /status HTTP/1.1\r\nHost: x\r\n\r\n", http=True)
            time.sleep(0.2)
            baseline = srv.fd_count()
            for i in range(10):
                closing = b"Connection: close\r\n" if i % 2 else b""
                wave(where, 100, b"GET /hello.txt HTTP/1.1\r\nHost: x\r\n" + closing + b"\r\n", rst_every=5,
                     http=True)
            self.check(srv, baseline)


if __name__ == "__main__":
    common.main()
