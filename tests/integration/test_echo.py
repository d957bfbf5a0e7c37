"""bp/examples/echo_server.b as a real process, driven over IPv4, IPv6 and a Unix-domain path: every byte
comes back unchanged, to many clients at once."""
import os
import random
import selectors
import socket
import time
import unittest

import common
from common import Server, connect, recv_exactly


def payloads(seed):
    rnd = random.Random(seed)
    yield bytes(range(256))  # every byte value, the marks 251-255 and NUL included
    yield b"\xfe\xfd\xfc" * 1000
    yield rnd.randbytes(200_000)
    yield b"x"


class EchoTest(unittest.TestCase):
    def roundtrip(self, family, where):
        with connect(family, where) as s:
            for data in payloads(family):
                s.sendall(data)
                self.assertEqual(recv_exactly(s, len(data)), data)

    def test_ipv4(self):
        with Server(common.example("echo_server.b"), [0, "127.0.0.1"]) as srv:
            self.roundtrip("ipv4", ("127.0.0.1", srv.port))
            self.assertTrue(srv.alive())

    def test_ipv6(self):
        if not common.ipv6_loopback_available():
            self.skipTest("no IPv6 loopback")
        with Server(common.example("echo_server.b"), [0, "::1"], config="[mvbasic]\nIPV6=1\n") as srv:
            self.roundtrip("ipv6", ("::1", srv.port))
            # The explicit IPv6 address is IPv6-only (spec 7.1).
            with self.assertRaises(OSError):
                socket.create_connection(("127.0.0.1", srv.port), timeout=2).close()

    def test_ipv6_off_refuses_ipv6_address(self):
        # With IPV6 off (the default) an IPv6 address fails with 7018 and the server says so and stops.
        with self.assertRaises(AssertionError) as cm:
            Server(common.example("echo_server.b"), [0, "::1"])
        self.assertIn("STATUS 7018", str(cm.exception))

    def test_dual_stack_any(self):
        if not common.ipv6_loopback_available():
            self.skipTest("no IPv6 loopback")
        with Server(common.example("echo_server.b"), [0], config="IPV6=1\n") as srv:
            self.roundtrip("ipv4", ("127.0.0.1", srv.port))
            self.roundtrip("ipv6", ("::1", srv.port))

    def test_unix_path(self):
        path = common.unix_path("echo")
        with Server(common.example("echo_server.b"), [0, path]) as srv:
            self.assertEqual(srv.where, path)
            self.roundtrip("unix", path)
        # The server was killed, so its socket file may be left; a new server takes it over (stale file).
        with Server(common.example("echo_server.b"), [0, path]) as srv:
            self.roundtrip("unix", path)
        if os.path.exists(path):
            os.unlink(path)

    def test_many_clients_interleaved(self):
        """200 clients, each sending 20 numbered messages in turn; each gets exactly its own bytes back."""
        n_clients, n_msgs = 200, 20
        with Server(common.example("echo_server.b"), [0, "127.0.0.1"]) as srv:
            sel = selectors.DefaultSelector()
            want, got, left = {}, {}, {}
            for i in range(n_clients):
                s = connect("ipv4", ("127.0.0.1", srv.port))
                s.setblocking(False)
                sel.register(s, selectors.EVENT_READ, i)
                want[i] = b"".join(b"<c%d m%d>" % (i, m) for m in range(n_msgs))
                got[i] = bytearray()
                left[i] = (s, n_msgs)
            end = time.monotonic() + 30 * common.SLOW
            for m in range(n_msgs):
                for i in range(n_clients):
                    s = left[i][0]
                    s.sendall(b"<c%d m%d>" % (i, m))
            while any(len(got[i]) < len(want[i]) for i in want) and time.monotonic() < end:
                for key, _ in sel.select(timeout=1):
                    chunk = key.fileobj.recv(65536)
                    self.assertTrue(chunk, "server closed client %d" % key.data)
                    got[key.data] += chunk
            for i in want:
                self.assertEqual(bytes(got[i]), want[i], "client %d" % i)
            for s, _ in left.values():
                s.close()
            sel.close()
            self.assertTrue(srv.alive())


if __name__ == "__main__":
    common.main()
