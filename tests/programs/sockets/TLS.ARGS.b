* TLS.ARGS - the checks of CREATE.SECURITY.CONTEXT and of the security context argument of
* CREATE.SERVER.SOCKET, OPEN.SOCKET and SET.SOCKET.MODE (docs/sockets.md, "TLS"), with the STATUS() codes
* and OS.ERROR() texts given there. No peer speaks TLS: the handshakes run against this program's own plain
* listener, which never answers, so they end at their time limit (TLS.TIMEOUT = 0.3 in TLS.ARGS.conf).
* Port 27400 on 127.0.0.1 is never bound by this program.
$INCLUDE KEYS.H
$INCLUDE SYSCOM ERR.H

CTX = CREATE.SECURITY.CONTEXT("", "", "")
IF CTX THEN PRINT "EMPTY ":STATUS():" ":SOCKET.INFO(CTX, SKT$INFO.OPEN):" ":ASSIGNED(CTX)
X = CREATE.SECURITY.CONTEXT("/no/such/cert.pem", "", "")
PRINT "NO.CERT ":STATUS():" ":OS.ERROR():" ":(STATUS() = ER$TLS.CERT):" ":X
X = CREATE.SECURITY.CONTEXT("/dev/null", "", "")
PRINT "NOT.PEM ":STATUS():" ":OS.ERROR()
X = CREATE.SECURITY.CONTEXT("/", "", "")
PRINT "FOLDER ":STATUS():" ":OS.ERROR()
X = CREATE.SECURITY.CONTEXT("", "/no/such/key.pem", "")
PRINT "KEY.ALONE ":STATUS():" ":OS.ERROR():" ":(STATUS() = ER$TLS.KEY)
X = CREATE.SECURITY.CONTEXT("", "", "/no/such/ca.pem")
PRINT "NO.CA ":STATUS():" ":OS.ERROR():" ":(STATUS() = ER$TLS.CA)
X = CREATE.SECURITY.CONTEXT("", "", "/dev/null")
PRINT "CA.NOT.PEM ":STATUS():" ":OS.ERROR()
X = CREATE.SECURITY.CONTEXT("", "", "", 16)
PRINT "FLAGS ":STATUS():" ":OS.ERROR():" ":X
X = CREATE.SECURITY.CONTEXT("", "", "", -1)
PRINT "FLAGS.NEGATIVE ":STATUS()
X = CREATE.SECURITY.CONTEXT("", "", "/", SKT$TLS.NO.VERIFY + SKT$TLS.V1.3)
PRINT "CA.FOLDER ":STATUS():" ":OS.ERROR()

SRV = CREATE.SERVER.SOCKET("127.0.0.1", 0, 0, CTX)
PRINT "SERVER ":STATUS():" TLS ":SOCKET.INFO(SRV, SKT$INFO.TLS):" [":SOCKET.INFO(SRV, SKT$INFO.TLS.VERSION):"]"
U = CREATE.SERVER.SOCKET("127.0.0.1", 0, SKT$UDP, CTX)
PRINT "UDP ":STATUS():" ":OS.ERROR()
U = CREATE.SERVER.SOCKET("127.0.0.1", 0, 0, "TLS")
PRINT "NOT.A.CONTEXT ":STATUS()
PLAIN = CREATE.SERVER.SOCKET("127.0.0.1", 0, 0, "")
PRINT "PLAIN ":STATUS():" TLS ":SOCKET.INFO(PLAIN, SKT$INFO.TLS)
PORT = SOCKET.INFO(PLAIN, SKT$INFO.PORT)

* The connection is made (the kernel queues it), but no ServerHello comes within the 0.3 s connect limit.
C = OPEN.SOCKET("127.0.0.1", PORT, 0, 0.3, CTX)
PRINT "NO.ANSWER ":STATUS():" ":OS.ERROR():" ":C
A = ACCEPT.SOCKET.CONNECTION(PLAIN, 1000)
CLOSE.SOCKET A
* The context in the fourth place (where ScarletDME reserves one) means no connect limit of our own.
C = OPEN.SOCKET("127.0.0.1", 27400, 0, CTX)
PRINT "REFUSED ":STATUS():" ":OS.ERROR()
C = OPEN.SOCKET("127.0.0.1", PORT, 0, 5, "TLS")
PRINT "OPEN.NOT.A.CONTEXT ":STATUS():" ":OS.ERROR()
C = OPEN.SOCKET("127.0.0.1", PORT, SKT$UDP, 5, CTX)
PRINT "OPEN.UDP ":STATUS()

C = OPEN.SOCKET("127.0.0.1", PORT, 0, 5)
A = ACCEPT.SOCKET.CONNECTION(PLAIN, 1000)
PRINT "PLAIN.INFO ":SOCKET.INFO(C, SKT$INFO.TLS):"[":SOCKET.INFO(C, SKT$INFO.TLS.VERSION):"][":SOCKET.INFO(C, SKT$INFO.TLS.CIPHER):"][":SOCKET.INFO(C, SKT$INFO.TLS.PEER):"][":SOCKET.INFO(C, SKT$INFO.TLS.VERIFY):"]"
PRINT "SET.NOT.A.CONTEXT ":SET.SOCKET.MODE(C, SKT$INFO.TLS, "yes"):" ":STATUS()
* STARTTLS as the client: the peer (A, never read) does not answer within TLS.TIMEOUT.
PRINT "STARTTLS ":SET.SOCKET.MODE(C, SKT$INFO.TLS, CTX):" ":STATUS():" ":OS.ERROR():" TLS ":SOCKET.INFO(C, SKT$INFO.TLS)
* STARTTLS as the server, with a context that has no certificate to show: the ClientHello C sent is refused.
PRINT "NO.CERT.SERVER ":SET.SOCKET.MODE(A, SKT$INFO.TLS, CTX):" ":STATUS():" ":OS.ERROR()
* On a listener the context applies to the connections it accepts from now on.
PRINT "LISTENER ":SET.SOCKET.MODE(PLAIN, SKT$INFO.TLS, CTX):" ":STATUS():" TLS ":SOCKET.INFO(PLAIN, SKT$INFO.TLS)
PRINT "INHERIT ":SET.SOCKET.MODE(PLAIN, SKT$INHERITABLE, 1):" ":STATUS():" ":SOCKET.INFO(PLAIN, SKT$INHERITABLE):" ":SET.SOCKET.MODE(PLAIN, SKT$INHERITABLE, 0):" ":STATUS()
U = CREATE.SERVER.SOCKET("127.0.0.1", 0, SKT$UDP)
PRINT "UDP.STARTTLS ":SET.SOCKET.MODE(U, SKT$INFO.TLS, CTX):" ":STATUS():" ":OS.ERROR()
* After a TLS failure OS.ERROR() is text, not a number.
X = CREATE.SECURITY.CONTEXT("/no/such/cert.pem", "", "")
PRINT "TEXT ":LEN(OS.ERROR()):" ":NUM(OS.ERROR())
END
