#!/usr/bin/env python3
"""Handing sockets to phantoms (sockets.md section 11): the descriptor reaches the phantom and the mark is spent;
and bp/examples/handoff_server.b serves 200 concurrent clients through worker phantoms, every reply correct.

usage: handoff_test.py MVBASIC TEST"""
import os
import re
import shutil
import socket
import threading
import time

from harness import check, main, wait_for
from phantom_test import listing

EXAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bp", "examples")
CLIENTS = 200


def descriptor(s):
    """The phantom started after SET.SOCKET.MODE(skt, SKT$INHERITABLE, 1) holds its own descriptor for that
    socket, and the mark is cleared so the next PHANTOM gets nothing."""
    s.write("mark.b", """\
$INCLUDE KEYS.H
SRV = CREATE.SERVER.SOCKET("127.0.0.1", 0, SKT$STREAM + SKT$TCP)
OK = SET.SOCKET.MODE(SRV, SKT$INHERITABLE, 1)
EXECUTE "PHANTOM RUN sleeper.b" CAPTURING OUT RETURNING FIRST
PRINT "first=":FIRST:" mark=":SOCKET.INFO(SRV, SKT$INHERITABLE):" port=":SOCKET.INFO(SRV, SKT$INFO.PORT)
EXECUTE "PHANTOM RUN sleeper.b" CAPTURING OUT RETURNING SECOND
PRINT "second=":SECOND
""")
    status, out, err = s.run(["run", "mark.b"])
    check(status == 0, "mark.b failed %d:\n%s%s" % (status, out, err))
    m = re.match(r"first=(\d+) mark=0 port=(\d+)\nsecond=(\d+)\n$", out)
    check(m, "mark.b printed %r" % out)
    first, port, second = int(m.group(1)), int(m.group(2)), int(m.group(3))
    entries = listing(s)

    def sockets_of(pid):
        fds = {}
        for fd in os.listdir("/proc/%d/fd" % pid):
            target = os.readlink("/proc/%d/fd/%s" % (pid, fd))
            if target.startswith("socket:"):
                fds[int(fd)] = target
        return fds

    held = sockets_of(entries[first][0])
    check(len(held) == 1, "the first phantom should hold exactly the inherited socket: %r" % held)
    inode = list(held.values())[0][len("socket:["):-1]
    listening = open("/proc/net/tcp").read()
    check(re.search(r":%04X 00000000:0000 0A .* %s " % (port, inode), listening),
          "the inherited descriptor should be the listener on port %d" % port)
    check(sockets_of(entries[second][0]) == {}, "the second phantom must not inherit the spent mark")


def clients(s):
    """200 concurrent clients through handoff_server.b, one worker phantom each."""
    for name in ("handoff_server.b", "handoff_worker.b", "ARGS.H", "USAGE.H"):
        shutil.copy(os.path.join(EXAMPLES, name), s.dir)
    status, out, err = s.run(["check", "handoff_worker.b"])
    check(status == 0, "handoff_worker.b does not compile:\n%s" % err)
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    server = s.spawn(["run", "handoff_server.b", str(port), str(CLIENTS)])

    # Watch for the listener in /proc rather than connecting: a probe would use up one of the connections.
    def listening():
        return re.search(r"^\s*\d+: 0100007F:%04X 00000000:0000 0A " % port, open("/proc/net/tcp").read(), re.M)

    wait_for(lambda: server.poll() is not None or listening(), 20, "the server to listen on port %d" % port)
    if server.poll() is not None:
        check(False, "the server ended early:\n%s%s" % server.communicate())
    replies = {}
    errors = []

    def client(i):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=60) as c:
                c.sendall(b"ping %d\n" % i)
                data = b""
                while not data.endswith(b"\n"):
                    chunk = c.recv(1024)
                    if not chunk:
                        break
                    data += chunk
                replies[i] = data.decode()
        except OSError as e:
            errors.append("client %d: %s" % (i, e))

    threads = [threading.Thread(target=client, args=(i,)) for i in range(1, CLIENTS + 1)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    check(not errors, "%d clients failed, first: %s" % (len(errors), errors[:3]))
    wrong = {i: r for i, r in replies.items() if not re.match(r"pong %d from \d+\n$" % i, r)}
    check(len(replies) == CLIENTS and not wrong,
          "%d replies, %d wrong, e.g. %r" % (len(replies), len(wrong), list(wrong.items())[:3]))
    out, err = server.communicate(timeout=60)
    check(server.returncode == 0 and "handed over %d connections" % CLIENTS in out,
          "the server ended with %d:\n%s%s" % (server.returncode, out, err))
    wait_for(lambda: listing(s) == {}, 30, "every worker phantom to end")
    print("%d clients served in %.1fs" % (CLIENTS, time.monotonic() - start))


if __name__ == "__main__":
    main({f.__name__: f for f in (descriptor, clients)})
