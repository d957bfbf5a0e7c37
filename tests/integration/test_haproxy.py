"""HAProxy in front of two `mvbasic serve` instances (issue 16 item 4), all on 127.0.0.1: HTTP requests go
through HAProxy to bp/examples/serve_http.b on either instance; one instance is killed under load, HAProxy's
health check marks it down, and from then on no request is lost. Skipped when haproxy is not installed
(Debian's haproxy package; scripts/setup-deps.sh installs it). The configuration is the one docs/sockets.md
recommends."""
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import unittest

import common
import test_serve
from common import SLOW, wait_until

HAPROXY = shutil.which("haproxy") or ("/usr/sbin/haproxy" if os.path.exists("/usr/sbin/haproxy") else None)

CONFIG = """
global
    maxconn 2000
    stats socket {stats} mode 600 level admin

defaults
    mode http
    timeout connect 2s
    timeout client 10s
    timeout server 10s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout

frontend web
    bind 127.0.0.1:{port}
    default_backend mvbasic

backend mvbasic
    balance roundrobin
    option httpchk
    http-check send meth GET uri /health
    http-check expect status 200
    server serve1 127.0.0.1:{port1} check inter 100ms fall 2 rise 2
    server serve2 127.0.0.1:{port2} check inter 100ms fall 2 rise 2
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(port, path):
    """One GET through HAProxy; returns the status code (0 when the request failed)."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5 * SLOW) as s:
            s.sendall(b"GET %s HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n" % path.encode())
            reply = common.recv_all(s)
        return int(reply.split(b" ", 2)[1]) if reply.startswith(b"HTTP/1.") else 0
    except (OSError, ValueError, IndexError):
        return 0


def server_status(stats_path, name):
    """The status HAProxy's stats socket reports for backend server `name` (UP, DOWN, ...)."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(2)
            s.connect(stats_path)
            s.sendall(b"show stat\n")
            text = common.recv_all(s)
    except OSError:
        return ""
    for line in text.decode(errors="replace").splitlines():
        fields = line.split(",")
        if len(fields) > 17 and fields[0] == "mvbasic" and fields[1] == name:
            return fields[17]
    return ""


@unittest.skipUnless(HAPROXY, "haproxy is not installed (apt-get install haproxy)")
class HaproxyTest(unittest.TestCase):
    def test_no_request_lost_once_marked_down(self):
        serve = [test_serve.Serve("serve_http.b", "--listen", "127.0.0.1", "--port", 0, "--workers", 2)
                 for _ in range(2)]
        tmp = tempfile.mkdtemp(prefix="mvbasic-haproxy-")
        stats = os.path.join(tmp, "stats.sock")
        port = free_port()
        cfg = os.path.join(tmp, "haproxy.cfg")
        with open(cfg, "w") as f:
            f.write(CONFIG.format(stats=stats, port=port, port1=serve[0].port, port2=serve[1].port))
        proxy = subprocess.Popen([HAPROXY, "-db", "-f", cfg], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            up = wait_until(lambda: server_status(stats, "serve1") == "UP" and server_status(stats, "serve2") == "UP", 20)
            self.assertTrue(up, "HAProxy never saw both instances up")
            results, stop, lock = [], threading.Event(), threading.Lock()

            def client(n):
                i = 0
                while not stop.is_set():
                    start = time.monotonic()
                    code = http_get(port, "/c%d/%d" % (n, i))
                    with lock:
                        results.append((start, code))
                    i += 1

            threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
            for t in threads:
                t.start()
            time.sleep(1.0 * SLOW)
            # Kill one instance outright: its supervisor and its workers.
            victims = [serve[0].proc.pid] + serve[0].workers()
            for pid in victims:
                os.kill(pid, signal.SIGKILL)
            killed_at = time.monotonic()
            self.assertTrue(wait_until(lambda: server_status(stats, "serve1").startswith("DOWN"), 10),
                            "HAProxy did not mark the killed instance down")
            down_at = time.monotonic()
            time.sleep(1.5 * SLOW)
            stop.set()
            for t in threads:
                t.join(30 * SLOW)
            before = [code for start, code in results if start < killed_at]
            after = [code for start, code in results if start >= down_at]
            self.assertGreater(len(before), 10)
            self.assertTrue(all(code == 200 for code in before), before)
            self.assertGreater(len(after), 10, "requests kept flowing after the instance was marked down")
            self.assertEqual([c for c in after if c != 200], [], "requests lost after the instance was marked down")
            self.assertEqual(serve[1].proc.poll(), None)
        finally:
            proxy.terminate()
            try:
                proxy.wait(10)
            except subprocess.TimeoutExpired:
                proxy.kill()
                proxy.wait(10)
            for s in serve:
                s.stop()


if __name__ == "__main__":
    common.main()
