"""bp/examples/chat_server.b as a real process: commands, IPv4/IPv6/Unix clients, and 1,000 concurrent
connections in which every line reaches every other client once, whole and in order; a burst of long lines
from every client to clients that read more slowly, which must hold the senders back rather than drop anyone."""
import os
import selectors
import socket
import time
import unittest

import common
from common import Server, connect, recv_line


def welcome(s):
    buf = bytearray()
    line = recv_line(s, buf)
    assert line.startswith(b"* welcome, you are "), line
    return line.split(b"you are ", 1)[1].split(b";", 1)[0], buf


class ChatTest(unittest.TestCase):
    def conversation(self, family, where):
        a, b = connect(family, where), connect(family, where)
        with a, b:
            name_a, buf_a = welcome(a)
            name_b, buf_b = welcome(b)
            a.sendall(b"/nick alice\r\n")
            self.assertEqual(recv_line(a, buf_a), b"* " + name_a + b" is now alice")
            self.assertEqual(recv_line(b, buf_b), b"* " + name_a + b" is now alice")
            a.sendall(b"hello \xfe there\n")
            self.assertEqual(recv_line(b, buf_b), b"alice: hello \xfe there")
            b.sendall(b"/who\n")
            self.assertEqual(recv_line(b, buf_b), b"* 2 connected")
            b.sendall(b"/quit\n")
            self.assertEqual(recv_line(b, buf_b), b"* bye")
            self.assertEqual(b.recv(100), b"")
            a.sendall(b"/who\n")
            self.assertEqual(recv_line(a, buf_a), b"* 1 connected")

    def test_ipv4(self):
        with Server(common.example("chat_server.b"), [0, "127.0.0.1"]) as srv:
            self.conversation("ipv4", ("127.0.0.1", srv.port))

    def test_ipv6(self):
        if not common.ipv6_loopback_available():
            self.skipTest("no IPv6 loopback")
        with Server(common.example("chat_server.b"), [0, "::1"], config="IPV6=1\n") as srv:
            self.conversation("ipv6", ("::1", srv.port))

    def test_unix_path(self):
        path = common.unix_path("chat")
        with Server(common.example("chat_server.b"), [0, path]) as srv:
            self.conversation("unix", path)
        if os.path.exists(path):
            os.unlink(path)

    def test_long_line_is_cut(self):
        with Server(common.example("chat_server.b"), [0, "127.0.0.1"]) as srv:
            a, b = connect("ipv4", ("127.0.0.1", srv.port)), connect("ipv4", ("127.0.0.1", srv.port))
            with a, b:
                name_a, _ = welcome(a)
                _, buf_b = welcome(b)
                a.sendall(b"y" * 10000 + b"\n")
                pieces = [recv_line(b, buf_b) for _ in range(3)]
                self.assertEqual(pieces[0], name_a + b": " + b"y" * 4000)
                self.assertEqual(pieces[1], name_a + b": " + b"y" * 4000)
                self.assertEqual(pieces[2], name_a + b": " + b"y" * 2000)

    def test_thousand_clients(self):
        """1,000 clients each send two lines; each client must get the other 999 clients' lines exactly once,
        whole, and in each sender's order."""
        n, per_client = 1000, 2
        with Server(common.example("chat_server.b"), [0, "127.0.0.1"]) as srv:
            clients, names, bufs = [], [], []
            for _ in range(n):
                s = connect("ipv4", ("127.0.0.1", srv.port), timeout=30)
                clients.append(s)
            for s in clients:
                name, buf = welcome(s)
                names.append(name)
                bufs.append(buf)
            self.assertEqual(len(set(names)), n)
            expect_per_client = (n - 1) * per_client
            sel = selectors.DefaultSelector()
            for i, s in enumerate(clients):
                s.setblocking(False)
                sel.register(s, selectors.EVENT_READ, i)
            lines = [[b"m%d.%d-%s" % (i, k, b"abcdefgh" * (1 + i % 4)) for k in range(per_client)] for i in range(n)]
            received = [[] for _ in range(n)]
            pending = [bytearray(b) for b in bufs]

            def drain(timeout):
                for key, _ in sel.select(timeout):
                    i = key.data
                    try:
                        chunk = key.fileobj.recv(1 << 20)
                    except BlockingIOError:
                        continue
                    self.assertTrue(chunk, "server closed client %d" % i)
                    pending[i] += chunk
                    *whole, rest = pending[i].split(b"\n")
                    pending[i] = bytearray(rest)
                    received[i].extend(bytes(w) for w in whole)

            # Send round by round, reading in between so neither side's buffers fill up.
            for k in range(per_client):
                for i, s in enumerate(clients):
                    data = lines[i][k] + b"\n"
                    sent = 0
                    while sent < len(data):
                        try:
                            sent += s.send(data[sent:])
                        except BlockingIOError:
                            drain(0.05)
                    if i % 50 == 0:
                        drain(0)
            end = time.monotonic() + 90 * common.SLOW
            while time.monotonic() < end and any(len(r) < expect_per_client for r in received):
                drain(1)
            by_name = {names[i]: i for i in range(n)}
            for j in range(n):
                got = [line for line in received[j] if not line.startswith(b"* ")]
                self.assertEqual(len(got), expect_per_client, "client %d got %d lines" % (j, len(got)))
                per_sender = {}
                for line in got:
                    sender, _, text = line.partition(b": ")
                    self.assertIn(sender, by_name, "mixed-up line %r" % line[:80])
                    per_sender.setdefault(by_name[sender], []).append(text)
                self.assertNotIn(j, per_sender, "client %d got its own line back" % j)
                for i, texts in per_sender.items():
                    self.assertEqual(texts, lines[i], "client %d: lines of client %d" % (j, i))
            for s in clients:
                s.close()
            sel.close()
            self.assertTrue(srv.alive())

    def test_burst_to_slow_readers(self):
        """20 clients each send 100 lines of 3,900 bytes as fast as the server takes them, while reading what
        comes (7.4 MB for each client, far more than the kernel's buffers and the server's queue hold). All
        keep reading, so none may be dropped: the server must hold the senders back instead, and each client
        must get all of the other 19 clients' lines."""
        n, per_client = 20, 100
        with Server(common.example("chat_server.b"), [0, "127.0.0.1"]) as srv:
            clients, pending = [], []
            for _ in range(n):
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8192)
                s.settimeout(10 * common.SLOW)
                s.connect(("127.0.0.1", srv.port))
                clients.append(s)
            for s in clients:
                _, buf = welcome(s)
                pending.append(buf)
            out = [b"".join(b"%02d.%03d:" % (i, k) + b"q" * 3893 + b"\n" for k in range(per_client))
                   for i in range(n)]
            sel = selectors.DefaultSelector()
            for i, s in enumerate(clients):
                s.setblocking(False)
                sel.register(s, selectors.EVENT_READ, i)
            counts = [0] * n
            closed = []
            want = (n - 1) * per_client
            end = time.monotonic() + 120 * common.SLOW
            while time.monotonic() < end and min(counts) < want and not closed:
                for i, s in enumerate(clients):
                    if out[i]:
                        try:
                            out[i] = out[i][s.send(out[i][:65536]):]
                        except BlockingIOError:
                            pass
                for key, _ in sel.select(0.2):
                    i = key.data
                    try:
                        chunk = key.fileobj.recv(16384)
                    except BlockingIOError:
                        continue
                    except ConnectionResetError:
                        chunk = b""
                    if not chunk:
                        closed.append(i)
                        break
                    pending[i] += chunk
                    *whole, rest = pending[i].split(b"\n")
                    pending[i] = bytearray(rest)
                    counts[i] += sum(1 for w in whole if not w.startswith(b"* "))
            sel.close()
            for s in clients:
                s.close()
            self.assertEqual(closed, [], "the server dropped clients that were reading")
            self.assertEqual(min(counts), want)
            self.assertTrue(srv.alive(), srv.error_text())

if __name__ == "__main__":
    common.main()
