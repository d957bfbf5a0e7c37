"""The mvbasic socket option keys (docs/sockets.md, "mvbasic extensions") seen from a python3 peer on
127.0.0.1: SKT$INFO.SHUT.WRITE sends the end of the stream while the BASIC side still reads the answer, and
SKT$INFO.LINGER 0 makes CLOSE.SOCKET reset the connection where the default closes it in order."""
import os
import socket
import subprocess
import unittest

import common

EXPECTED = ["SHUT 1 1", "GOT answer END 7013", "LINGER 0 GOT go", "LINGER -1 GOT go", "DONE"]


def recv_until_eof(conn):
    data = b""
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            return data
        data += chunk


class SocketOptionsTest(unittest.TestCase):
    def test_half_close_and_linger(self):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as lsn:
            lsn.bind(("127.0.0.1", 0))
            lsn.listen(4)
            lsn.settimeout(20 * common.SLOW)
            env = dict(os.environ, MVBASIC_CONFIG="/dev/null")
            proc = subprocess.Popen([common.MVBASIC, "run", "sockopt_peer.b", str(lsn.getsockname()[1])],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=common.HERE)
            try:
                self.serve(lsn)
                out, err = proc.communicate(timeout=30 * common.SLOW)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.communicate()
            self.assertEqual(proc.returncode, 0, err)
            self.assertEqual(out.decode().splitlines(), EXPECTED)

    def serve(self, lsn):
        # 1. The request arrives followed by the end of the stream; the answer still reaches the client.
        conn, _ = lsn.accept()
        with conn:
            conn.settimeout(10 * common.SLOW)
            self.assertEqual(recv_until_eof(conn), b"request")
            conn.sendall(b"answer")
        # 2. Linger 0: the close is a reset.
        conn, _ = lsn.accept()
        with conn:
            conn.settimeout(10 * common.SLOW)
            conn.sendall(b"go")
            with self.assertRaises(ConnectionResetError):
                recv_until_eof(conn)
        # 3. The default: an orderly end of stream, no reset.
        conn, _ = lsn.accept()
        with conn:
            conn.settimeout(10 * common.SLOW)
            conn.sendall(b"go")
            self.assertEqual(recv_until_eof(conn), b"")


if __name__ == "__main__":
    common.main()
