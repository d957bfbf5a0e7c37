* NOT.A.SOCKET - the integer 0 that a failed OPEN.SOCKET returns is not a
* socket: testing it is fine, reading from it is fatal (sockets.md 3.1).
* Port: 27403 on 127.0.0.1 (nothing listens there).
$INCLUDE KEYS.H
C = OPEN.SOCKET("127.0.0.1", 27403, 0)
PRINT "STATUS ":STATUS():" OPEN=":SOCKET.INFO(C, SKT$INFO.OPEN)
IF C THEN PRINT "TRUE" ELSE PRINT "FALSE"
X = READ.SOCKET(C, 10, 0, 100)
PRINT "NOT REACHED"
END
