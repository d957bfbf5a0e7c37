"""Peers that misbehave must never kill or wedge a BASIC server: resets, half-closes, a client that never
reads, one that sends a byte at a time, clients that connect and vanish, and writes to a dead peer (no
SIGPIPE: the server runs with the default SIGPIPE action, as Python starts children)."""
import socket
import struct
import time
import unittest

import common
from common import Server, connect, recv_exactly, recv_line


def reset(s):
    """Closes with an RST instead of a FIN."""
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()


class EchoFaultsTest(unittest.TestCase):
    def setUp(self):
        self.srv = Server(common.example("echo_server.b"), [0, "127.0.0.1"])
        self.where = ("127.0.0.1", self.srv.port)
        self.assertTrue(self.echo_ok())
        self.baseline = self.srv.fd_count()

    def tearDown(self):
        alive = self.srv.alive()
        self.srv.stop()
        self.assertTrue(alive, "the server died: " + self.srv.error_text())

    def echo_ok(self, data=b"are you there?"):
        with connect("ipv4", self.where) as s:
            s.sendall(data)
            return recv_exactly(s, len(data)) == data

    def assert_fds_back(self):
        self.assertTrue(common.wait_until(lambda: self.srv.fd_count() <= self.baseline, 10),
                        "descriptors: %d, started with %d" % (self.srv.fd_count(), self.baseline))

    def test_peer_resets(self):
        for _ in range(50):
            s = connect("ipv4", self.where)
            s.sendall(b"x" * 100_000)  # the echo is still being written when the RST arrives
            reset(s)
        for _ in range(20):
            s = connect("ipv4", self.where)
            reset(s)
        self.assertTrue(self.echo_ok())
        self.assert_fds_back()

    def test_half_close(self):
        data = bytes(range(256)) * 2000
        with connect("ipv4", self.where) as s:
            s.sendall(data)
            s.shutdown(socket.SHUT_WR)
            got = bytearray()
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                got += chunk
            self.assertEqual(bytes(got), data)
        self.assert_fds_back()

    def test_client_that_never_reads(self):
        hog = connect("ipv4", self.where)
        hog.setblocking(False)
        sent, stuck_since = 0, None
        rss_before = self.srv.rss_kb()
        end = time.monotonic() + 20 * common.SLOW
        # Send until the server stops taking our data (it waits for us to read its echo).
        while time.monotonic() < end:
            try:
                sent += hog.send(b"h" * 65536)
                stuck_since = None
            except BlockingIOError:
                stuck_since = stuck_since or time.monotonic()
                if time.monotonic() - stuck_since > 0.5 * common.SLOW:
                    break
                time.sleep(0.01)
        self.assertGreater(sent, 0)
        # Everyone else is still served promptly, and the server's memory stayed bounded.
        for _ in range(20):
            t0 = time.monotonic()
            self.assertTrue(self.echo_ok())
            self.assertLess(time.monotonic() - t0, 2 * common.SLOW)
        self.assertLess(self.srv.rss_kb() - rss_before, 64 * 1024)
        hog.close()
        self.assert_fds_back()

    def test_slow_sender(self):
        slow = connect("ipv4", self.where)
        got = bytearray()
        for i in range(30):
            slow.sendall(bytes([65 + i % 26]))
            self.assertTrue(self.echo_ok(b"%d" % i))  # others are not held up meanwhile
            time.sleep(0.02)
        slow.settimeout(5 * common.SLOW)
        while len(got) < 30:
            chunk = slow.recv(100)
            self.assertTrue(chunk)
            got += chunk
        self.assertEqual(bytes(got), bytes(65 + i % 26 for i in range(30)))
        slow.close()
        self.assert_fds_back()

    def test_connect_and_vanish(self):
        idle = [connect("ipv4", self.where) for _ in range(100)]  # connect, then say nothing
        for _ in range(100):
            connect("ipv4", self.where).close()  # connect and go at once
        self.assertTrue(self.echo_ok())
        for i, s in enumerate(idle):
            if i % 2:
                reset(s)
            else:
                s.close()
        self.assertTrue(self.echo_ok())
        self.assert_fds_back()

    def test_write_to_dead_peer(self):
        for _ in range(20):
            s = connect("ipv4", self.where)
            s.sendall(b"d" * 500_000)
            s.shutdown(socket.SHUT_RD)
            reset(s)
        time.sleep(0.2 * common.SLOW)
        self.assertTrue(self.echo_ok())
        self.assert_fds_back()


class ChatFaultsTest(unittest.TestCase):
    def test_dead_and_stuck_listeners(self):
        """Clients that reset, never read, or vanish while lines are queued for them do not disturb the
        others, and the one that never reads is dropped: once more than 256 KB is queued for it the server
        holds every sender back, and after 10 s in which it takes nothing it is disconnected."""
        with Server(common.example("chat_server.b"), [0, "127.0.0.1"]) as srv:
            where = ("127.0.0.1", srv.port)
            talker, listener = connect("ipv4", where), connect("ipv4", where)
            buf_t, buf_l = bytearray(), bytearray()
            recv_line(talker, buf_t)
            recv_line(listener, buf_l)
            stuck = connect("ipv4", where)
            stuck.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            doomed = [connect("ipv4", where) for _ in range(10)]
            time.sleep(0.2 * common.SLOW)
            for s in doomed[:5]:
                reset(s)
            # 7.8 MB to every client: more than the kernel buffers (4 MB send buffer at most) plus the
            # server's queue, so the stuck client must be dropped (the talker waits about 10 s meanwhile).
            listener.settimeout(30 * common.SLOW)
            line = b"z" * 3900
            for i in range(2000):
                talker.sendall(line + b"\n")
                got = recv_line(listener, buf_l)
                if got.startswith(b"* "):
                    got = recv_line(listener, buf_l)
                self.assertTrue(got.endswith(line), got[:60])
                if i == 100:
                    for s in doomed[5:]:
                        s.close()
            talker.sendall(b"/who\n")
            self.assertEqual(recv_line(talker, buf_t), b"* 2 connected")
            self.assertTrue(srv.alive(), srv.error_text())
            for s in (talker, listener, stuck):
                s.close()


if __name__ == "__main__":
    common.main()
