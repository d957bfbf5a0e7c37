"""SENDMAIL against a small SMTP listener on 127.0.0.1 written here with plain sockets (Python's smtpd module
is gone from newer versions). The listener records the conversation; the tests check the envelope (MAIL
FROM, one RCPT TO per address of to, cc and bcc), the message (headers, no Bcc header, the text with its
dots restored, an attachment in base64), the HELO fallback, a refused recipient, and that a server that
never answers ends with STATUS() ER$TIMEOUT after SMTPTIMEOUT seconds instead of a hang."""
import email
import email.policy
import os
import socket
import subprocess
import tempfile
import threading
import unittest

import common

PROGRAM = r"""
SENDMAIL SENDER, "ann@example.com, bob@example.com", "cat@example.com", "dan@example.com", "Monthly report", TEXT, ATTACH
PRINT "status ":STATUS()
"""


class SmtpListener:
    """Accepts one connection and plays a server. mode: "ok", "no-ehlo" (EHLO refused), "reject-rcpt"
    (bob is refused) or "silent" (never says a word)."""

    def __init__(self, mode):
        self.mode = mode
        self.commands = []
        self.data = b""
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.sock.settimeout(30 * common.SLOW)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(30 * common.SLOW)
            if self.mode == "silent":
                try:
                    while conn.recv(1024):
                        pass
                except OSError:
                    pass
                return
            f = conn.makefile("rb")
            conn.sendall(b"220 test.example ESMTP ready\r\n")
            while True:
                line = f.readline()
                if not line:
                    return
                cmd = line.decode("latin-1").rstrip("\r\n")
                self.commands.append(cmd)
                verb = cmd.split(" ", 1)[0].upper().split(":", 1)[0]
                if verb == "EHLO":
                    reply = b"500 not understood\r\n" if self.mode == "no-ehlo" else \
                        b"250-test.example\r\n250-SIZE 1000000\r\n250 HELP\r\n"
                elif verb == "RCPT" and self.mode == "reject-rcpt" and "bob@" in cmd:
                    reply = b"550 no such user\r\n"
                elif verb == "DATA":
                    conn.sendall(b"354 go ahead\r\n")
                    chunks = []
                    while True:
                        d = f.readline()
                        if not d or d == b".\r\n":
                            break
                        chunks.append(d)
                    self.data = b"".join(chunks)
                    reply = b"250 queued\r\n"
                elif verb == "QUIT":
                    conn.sendall(b"221 bye\r\n")
                    return
                else:
                    reply = b"250 ok\r\n"
                conn.sendall(reply)

    def close(self):
        self.sock.close()
        self.thread.join(5)


class SendmailTest(unittest.TestCase):
    def run_program(self, listener, sender='"sue@example.com"', text='"Hello"', attach='""', timeout=10):
        with tempfile.TemporaryDirectory() as d:
            prog = os.path.join(d, "MAIL.b")
            with open(prog, "w") as f:
                f.write("SENDER = %s\nTEXT = %s\nATTACH = %s\n%s" % (sender, text, attach, PROGRAM))
            conf = os.path.join(d, "mvbasic.conf")
            with open(conf, "w") as f:
                f.write("[mvbasic]\nSMTPSERVER = 127.0.0.1\nSMTPPORT = %d\nSMTPSENDER = robot@example.com\n"
                        "SMTPTIMEOUT = %d\n" % (listener.port, timeout))
            env = dict(os.environ, MVBASIC_CONFIG=conf)
            out = subprocess.run([common.MVBASIC, "run", prog], cwd=d, env=env, capture_output=True,
                                 timeout=60 * common.SLOW)
        listener.close()
        self.assertEqual(out.returncode, 0, out.stderr.decode())
        return out.stdout.decode()

    def test_message_and_envelope(self):
        listener = SmtpListener("ok")
        with tempfile.NamedTemporaryFile("wb", suffix=".bin", delete=False) as a:
            a.write(bytes(range(256)))
        try:
            text = '"First line":@FM:".starts with a dot":@FM:"last line"'
            stdout = self.run_program(listener, text=text, attach='"%s"' % a.name)
        finally:
            os.unlink(a.name)
        self.assertEqual(stdout, "status 0\n")
        cmds = listener.commands
        self.assertTrue(cmds[0].startswith("EHLO "))
        self.assertEqual(cmds[1], "MAIL FROM:<sue@example.com>")
        self.assertEqual(cmds[2:6], ["RCPT TO:<ann@example.com>", "RCPT TO:<bob@example.com>",
                                     "RCPT TO:<cat@example.com>", "RCPT TO:<dan@example.com>"])
        self.assertEqual(cmds[6:], ["DATA", "QUIT"])
        self.assertIn(b"\r\n..starts with a dot\r\n", listener.data)  # dot-stuffed on the wire
        msg = email.message_from_bytes(listener.data.replace(b"\r\n..", b"\r\n."), policy=email.policy.default)
        self.assertEqual(msg["From"], "sue@example.com")
        self.assertEqual(msg["To"], "ann@example.com, bob@example.com")
        self.assertEqual(msg["Cc"], "cat@example.com")
        self.assertIsNone(msg["Bcc"])
        self.assertEqual(msg["Subject"], "Monthly report")
        self.assertIsNotNone(msg["Date"])
        parts = list(msg.iter_parts())
        self.assertEqual(len(parts), 2)
        # The line end before a MIME boundary belongs to the boundary, so the part ends without one.
        self.assertEqual(parts[0].get_content().replace("\r\n", "\n"), "First line\n.starts with a dot\nlast line")
        self.assertEqual(parts[1].get_filename(), os.path.basename(a.name))
        self.assertEqual(parts[1].get_content(), bytes(range(256)))

    def test_plain_text_and_default_sender(self):
        listener = SmtpListener("ok")
        stdout = self.run_program(listener, sender='""', text='"one line"')
        self.assertEqual(stdout, "status 0\n")
        self.assertEqual(listener.commands[1], "MAIL FROM:<robot@example.com>")
        msg = email.message_from_bytes(listener.data, policy=email.policy.default)
        self.assertEqual(msg.get_content_type(), "text/plain")
        self.assertEqual(msg.get_content().replace("\r\n", "\n"), "one line\n")

    def test_helo_when_ehlo_is_refused(self):
        listener = SmtpListener("no-ehlo")
        stdout = self.run_program(listener)
        self.assertEqual(stdout, "status 0\n")
        self.assertTrue(listener.commands[0].startswith("EHLO "))
        self.assertTrue(listener.commands[1].startswith("HELO "))

    def test_refused_recipient(self):
        listener = SmtpListener("reject-rcpt")
        stdout = self.run_program(listener)
        self.assertEqual(stdout, "status 7001\n")  # ER$SERVER
        self.assertNotIn("DATA", listener.commands)

    def test_silent_server_times_out(self):
        listener = SmtpListener("silent")
        stdout = self.run_program(listener, timeout=1)
        self.assertEqual(stdout, "status 1011\n")  # ER$TIMEOUT, not a hang (run_program's own limit)


if __name__ == "__main__":
    common.main()
