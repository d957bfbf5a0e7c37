* tls_server.b - the BASIC server of test_tls.py. Arguments (a "-" stands for ""):
*   CERT KEY CA FLAGS COUNT TIMEOUT.MS
* It listens on a free port of 127.0.0.1 with a security context and says "LISTENING port". For each of
* COUNT connections it prints how the accept (and so the handshake) went and what it knows of the peer,
* reads one line and answers it in capitals.
$INCLUDE KEYS.H
ARGS = TRIM(@SENTENCE)
DIM A(6)
FOR I = 1 TO 6
  A(I) = FIELD(ARGS, " ", I + 2)
  IF A(I) = "-" THEN A(I) = ""
NEXT I
CTX = CREATE.SECURITY.CONTEXT(A(1), A(2), A(3), A(4) + 0)
IF NOT(CTX) THEN STOP "CONTEXT ":STATUS():" ":OS.ERROR()
SRV = CREATE.SERVER.SOCKET("127.0.0.1", 0, 0, CTX)
IF NOT(SRV) THEN STOP "SERVER ":STATUS():" ":OS.ERROR()
PRINT "LISTENING ":SOCKET.INFO(SRV, SKT$INFO.PORT)
FOR I = 1 TO A(5)
  C = ACCEPT.SOCKET.CONNECTION(SRV, A(6))
  PRINT "ACCEPT ":STATUS():" ":OS.ERROR()
  IF NOT(C) THEN CONTINUE
  PRINT "PEER ":SOCKET.INFO(C, SKT$INFO.TLS.PEER):"|":SOCKET.INFO(C, SKT$INFO.TLS.VERIFY):"|":SOCKET.INFO(C, SKT$INFO.TLS.VERSION)
  LINE = ""
  LOOP
    X = READ.SOCKET(C, 1000, 0, 5000)
    IF STATUS() THEN EXIT
    LINE := X
  UNTIL INDEX(LINE, CHAR(10), 1) REPEAT
  PRINT "LINE ":FIELD(LINE, CHAR(10), 1)
  N = WRITE.SOCKET(C, UPCASE(LINE), 0, 5000)
  CLOSE.SOCKET C
NEXT I
PRINT "DONE"
END
