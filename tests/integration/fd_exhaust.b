* fd_exhaust.b - running out of descriptors (test_limits.py runs this under "ulimit -n 48"):
* every socket function reports a STATUS and OS.ERROR() 24 (EMFILE) instead of crashing,
* and everything works again once descriptors are freed.
$INCLUDE KEYS.H

SRV = CREATE.SERVER.SOCKET("127.0.0.1", 0, 0)
P = SOCKET.INFO(SRV, SKT$INFO.PORT)
PRINT "SETUP=":STATUS()
* Use each kind of object once while descriptors are free: a sanitizer build checks each
* dynamic type the first time it meets it, and that check needs a descriptor (it probes
* memory through a pipe). SELECT.SOCKET on nothing (1000) makes no epoll set yet.
DIM W(1)
W(1) = ""
N = SELECT.SOCKET(W, -1)
PRINT "SELECT.NOTHING=":STATUS()
W(1) = SRV
U0 = CREATE.SERVER.SOCKET("127.0.0.1", 0, SKT$UDP)
U1 = OPEN.SOCKET("127.0.0.1", SOCKET.INFO(U0, SKT$INFO.PORT), SKT$UDP)
DIM C(200), A(200)
OPENED = 0
FAILURE = ""
FOR I = 1 TO 200
   C(I) = OPEN.SOCKET("127.0.0.1", P, 0)
   IF STATUS() THEN
      FAILURE = "OPEN ":STATUS():"/":OS.ERROR()
      EXIT
   END
   A(I) = ACCEPT.SOCKET.CONNECTION(SRV, 5000)
   IF STATUS() THEN
      FAILURE = "ACCEPT ":STATUS():"/":OS.ERROR()
      EXIT
   END
   OPENED = I
NEXT I
PRINT "HIT.LIMIT=":(OPENED < 200)
PRINT "FAILURE=":FAILURE

* With no descriptor left, the other functions fail cleanly too.
S2 = CREATE.SERVER.SOCKET("127.0.0.1", 0, 0)
PRINT "CREATE.AT.LIMIT=":STATUS():"/":OS.ERROR()
N = SELECT.SOCKET(W, -1)
PRINT "SELECT.AT.LIMIT=":STATUS():"/":OS.ERROR()
U = OPEN.SOCKET("127.0.0.1", P, SKT$UDP)
PRINT "UDP.AT.LIMIT=":STATUS():"/":OS.ERROR()

* Free everything and start again.
FOR I = 1 TO 200
   IF ASSIGNED(C(I)) THEN
      IF SOCKET.INFO(C(I), SKT$INFO.OPEN) THEN CLOSE.SOCKET C(I)
   END
   IF ASSIGNED(A(I)) THEN
      IF SOCKET.INFO(A(I), SKT$INFO.OPEN) THEN CLOSE.SOCKET A(I)
   END
NEXT I
* A connection left in the backlog by a failed accept is taken and dropped here.
X = ACCEPT.SOCKET.CONNECTION(SRV, -1)
CLI = OPEN.SOCKET("127.0.0.1", P, 0)
CON = ACCEPT.SOCKET.CONNECTION(SRV, 5000)
N = WRITE.SOCKET(CLI, "again", 0, 5000)
PRINT "RECOVERED=":READ.SOCKET(CON, 100, 0, 5000)
N = SELECT.SOCKET(W, 100)
PRINT "SELECT.AFTER=":STATUS()
END
