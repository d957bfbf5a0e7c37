* tls_client.b - the BASIC client of test_tls.py. Arguments (a "-" stands for ""):
*   HOST PORT CA CERT KEY FLAGS TIMEOUT.S
* It makes a security context, connects, shows what SOCKET.INFO says of the session, sends "hello" and a
* newline, and prints the line that comes back, then how the connection ended. One line per step.
$INCLUDE KEYS.H
ARGS = TRIM(@SENTENCE)
DIM A(8)
FOR I = 1 TO 8
  A(I) = FIELD(ARGS, " ", I + 2)
  IF A(I) = "-" THEN A(I) = ""
NEXT I
CTX = CREATE.SECURITY.CONTEXT(A(4), A(5), A(3), A(6) + 0)
IF NOT(CTX) THEN STOP "CONTEXT ":STATUS():" ":OS.ERROR()
S = OPEN.SOCKET(A(1), A(2), 0, A(7), CTX)
PRINT "OPEN ":STATUS():" ":OS.ERROR()
IF NOT(S) THEN STOP
PRINT "INFO ":SOCKET.INFO(S, SKT$INFO.TLS):" ":SOCKET.INFO(S, SKT$INFO.TLS.VERSION):" ":SOCKET.INFO(S, SKT$INFO.TLS.VERIFY)
PRINT "PEER ":SOCKET.INFO(S, SKT$INFO.TLS.PEER)
N = WRITE.SOCKET(S, "hello":CHAR(10), 0, 5000)
PRINT "WROTE ":N:" ":STATUS()
GOSUB READ.LINE
PRINT "GOT ":LINE
IF A(8) = "END" THEN
  X = READ.SOCKET(S, 100, 0, 5000)
  PRINT "END ":STATUS():" ":OS.ERROR()
END
STOP

READ.LINE:
  LINE = ""
  LOOP
    X = READ.SOCKET(S, 1000, 0, 5000)
    IF STATUS() THEN
      PRINT "READ ":STATUS():" ":OS.ERROR()
      EXIT
    END
    LINE := X
  UNTIL INDEX(LINE, CHAR(10), 1) REPEAT
  LINE = FIELD(LINE, CHAR(10), 1)
  RETURN
END
