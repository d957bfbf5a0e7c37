#!/usr/bin/env python3
"""Licences (sockets.md section 9) across real processes: NUMUSERS and PHANTOMS are exhausted and freed,
including by `kill -9` of a holder, and SYSTEM(1013), (1014), (1016) and (31) report them.

usage: licence_test.py MVBASIC TEST"""
import os
import re
import signal

from harness import Pty, check, main, wait_for
from phantom_test import listing, read, start

NO_LICENCE = 4  # mvbasic's exit status when no licence is free


def sysinfo(s):
    status, out, err = s.run(["run", "sysinfo.b"])
    check(status == 0, "sysinfo.b failed with %d: %s" % (status, err))
    return dict(re.findall(r"(\w+)=(-?\d+)", out))


def system_keys(s):
    """The SYSTEM() keys follow the configuration; without limits nothing is counted."""
    info = sysinfo(s)
    check((info["numusers"], info["limit"], info["free"], info["licence"], info["phantom"]) ==
          ("0", "0", "2147483647", "0", "0"), "without limits: %r" % info)
    s.write_config("NUMUSERS = 3\nPHANTOMS = 2")
    info = sysinfo(s)
    check((info["numusers"], info["limit"], info["free"]) == ("3", "5", "3"), "NUMUSERS=3 PHANTOMS=2: %r" % info)
    check(info["user"] == info["usrno"] and int(info["user"]) > 0, "SYSTEM(18) is @USERNO: %r" % info)
    # QM's rule gives 8 + INT((10 - 4) / 2) = 11 phantoms for NUMUSERS = 10.
    s.write_config("NUMUSERS = 10")
    info = sysinfo(s)
    check((info["numusers"], info["limit"], info["free"]) == ("10", "21", "10"), "NUMUSERS=10: %r" % info)


def phantoms(s):
    """Phantoms take phantom slots, then user licences; when neither is free PHANTOM fails with -7028 and a
    background run does not start; a kill -9 gives the slot back."""
    s.write_config("NUMUSERS = 1\nPHANTOMS = 2")
    users = [start(s, "sleeper.b")[0] for _ in range(3)]
    status, out, err = s.run(["phantom", "sleeper.b"])
    check(status == NO_LICENCE and "no phantom slot or user licence is free" in err,
          "a fourth phantom: status %d, stderr %r" % (status, err))
    status, out, err = s.run(["run", "hello.b"])
    check(status == NO_LICENCE and "cannot start" in err, "a background run: status %d, stderr %r" % (status, err))
    entries = listing(s)
    os.kill(entries[users[2]][0], signal.SIGKILL)
    wait_for(lambda: users[2] not in listing(s), 10, "the killed phantom to leave the table")
    # The freed licence lets a background run start; its EXECUTE PHANTOM then finds nothing free.
    s.write("more.b", 'EXECUTE "PHANTOM RUN sleeper.b" CAPTURING OUT RETURNING RC\nPRINT RC:" ":OUT\n')
    status, out, err = s.run(["run", "more.b"])
    check(status == 0 and out.startswith("-7028 PHANTOM: no phantom slot or user licence is free"),
          "EXECUTE PHANTOM with nothing free: %d %r %r" % (status, out, err))
    user, _ = start(s, "sleeper.b")
    check(user == users[2], "the freed number and licence are reused: %d" % user)


def interactive(s):
    """The REPL takes a user licence; a second one is refused; kill -9 of the holder frees it."""
    s.write_config("NUMUSERS = 1")
    first = Pty(s, ["repl"])
    try:
        first.line("SYSTEM(1016)")
        first.expect(r"\r\n0\r\n")
        second = Pty(s, ["repl"])
        try:
            second.expect(r"no user licence is free")
            check(second.wait_exit() == NO_LICENCE, "a second REPL should exit with status 4")
        finally:
            second.close()
        # `mvbasic run` with a terminal on standard input is interactive too.
        third = Pty(s, ["run", "hello.b"])
        try:
            third.expect(r"no user licence is free")
            check(third.wait_exit() == NO_LICENCE, "an interactive run should exit with status 4")
        finally:
            third.close()
        # A background run takes a phantom slot instead, and sees no user licence free.
        check(sysinfo(s)["free"] == "0", "the REPL holds the only user licence")
        os.kill(first.pid, signal.SIGKILL)
        first.wait_exit()
    finally:
        first.close()
    wait_for(lambda: sysinfo(s)["free"] == "1", 10, "the killed REPL's licence to come back")
    again = Pty(s, ["repl"])
    try:
        again.line("SYSTEM(1016)")
        again.expect(r"\r\n0\r\n")
        again.type("\x04")
        check(again.wait_exit() == 0, "the new REPL should exit normally")
    finally:
        again.close()


def serving(s):
    """A phantom that creates a server socket also needs a user licence: 0 and STATUS() 7028 when none is free."""
    s.write_config("NUMUSERS = 1\nPHANTOMS = 2")
    s.write("serve.b", 'S = CREATE.SERVER.SOCKET("127.0.0.1", 0, 0)\nPRINT "status=":STATUS()\n')
    holder = Pty(s, ["repl"])
    try:
        holder.line("SYSTEM(1016)")
        holder.expect(r"\r\n0\r\n")
        user, log = start(s, "serve.b")
        wait_for(lambda: user not in listing(s), 10, "the serving phantom to end")
        text = read(log)
        check(text == "status=7028\n", "with the user licence taken: %r" % text)
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait_exit()
    finally:
        holder.close()
    wait_for(lambda: sysinfo(s)["free"] == "1", 10, "the killed REPL's licence to come back")
    user, log = start(s, "serve.b")
    wait_for(lambda: user not in listing(s), 10, "the serving phantom to end")
    check(read(log) == "status=0\n", "with a user licence free: %r" % read(log))


if __name__ == "__main__":
    main({f.__name__: f for f in (system_keys, phantoms, interactive, serving)})
