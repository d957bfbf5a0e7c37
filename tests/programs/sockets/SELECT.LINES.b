* SELECT.LINES - one process plays a line server and three clients. The server
* watches its listener and every connection with SELECT.SOCKET, answers each
* complete line with its length, and sees a client's close as a read event.
* Port: 27401 on 127.0.0.1.
$INCLUDE KEYS.H
$INCLUDE SYSCOM ERR.H

SRV = CREATE.SERVER.SOCKET("127.0.0.1", 27401)
DIM W(4)
W(1) = SRV
DIM CLI(3)
FOR I = 1 TO 3
  CLI(I) = OPEN.SOCKET("127.0.0.1", 27401, 0)
NEXT I
* The listener reports one read event per SELECT while connections wait.
FOR I = 2 TO 4
  N = SELECT.SOCKET(W, 2000)
  PRINT "SELECT ":N:" EVENTS=":SOCKET.INFO(SRV, SKT$INFO.EVENTS)
  W(I) = ACCEPT.SOCKET.CONNECTION(SRV, 1000)
  PRINT "ACCEPTED TYPE=":SOCKET.INFO(W(I), SKT$INFO.TYPE):" PORT=":SOCKET.INFO(W(I), SKT$INFO.PORT)
NEXT I
N = SELECT.SOCKET(W, -1)
PRINT "IDLE ":N:" ":STATUS()

* Clients 1 and 3 send lines; client 2 stays quiet.
N = WRITE.SOCKET(CLI(1), "alpha":CHAR(10):"be", 0, 1000)
N = WRITE.SOCKET(CLI(3), "gamma delta":CHAR(10), 0, 1000)
N = WRITE.SOCKET(CLI(1), "ta":CHAR(10), 0, 1000)
SLEEP 0
BUF = "" ; BUF<3> = ""
READY = SELECT.SOCKET(W, 2000)
PRINT "READY ":READY
FOR I = 2 TO 4
  EV = SOCKET.INFO(W(I), SKT$INFO.EVENTS)
  PRINT "CONN ":I - 1:" EVENTS=":EV
  IF EV THEN
    LOOP
      DATA.IN = READ.SOCKET(W(I), 4, SKT$NON.BLOCKING, 0)
    WHILE STATUS() = 0 DO
      BUF<I - 1> := DATA.IN
    REPEAT
    LOOP
      P = INDEX(BUF<I - 1>, CHAR(10), 1)
    WHILE P DO
      LINE = BUF<I - 1>[1, P - 1]
      BUF<I - 1> = BUF<I - 1>[P + 1, 999]
      N = WRITE.SOCKET(W(I), LEN(LINE):CHAR(10), 0, 1000)
      PRINT "  LINE ":LINE
    REPEAT
  END
NEXT I
PRINT "CLIENT1 GOT ":CONVERT(CHAR(10), "/", READ.SOCKET(CLI(1), 100, 0, 1000))
PRINT "CLIENT3 GOT ":CONVERT(CHAR(10), "/", READ.SOCKET(CLI(3), 100, 0, 1000))

* A close by client 2 is a read event whose read reports 7013, every time.
CLOSE.SOCKET CLI(2)
N = SELECT.SOCKET(W, 2000)
PRINT "AFTER.CLOSE ":N:" CONN2.EVENTS=":SOCKET.INFO(W(3), SKT$INFO.EVENTS)
X = READ.SOCKET(W(3), 10, 0, 1000)
PRINT "READ ":LEN(X):" ":STATUS():" ":(STATUS() = ER$SKT.CLOSED)
X = READ.SOCKET(W(3), 10, 0, 1000)
PRINT "AGAIN ":STATUS()

* Interest masks: mask 0 is not watched; a write mask fires on a writable socket.
R = SET.SOCKET.MODE(W(3), SKT$INFO.EVENTS, 0)
R = SET.SOCKET.MODE(W(2), SKT$INFO.EVENTS, SKT$WRITE.EVENT)
N = SELECT.SOCKET(W, 2000)
PRINT "WRITABLE ":N:" CONN1=":SOCKET.INFO(W(2), SKT$INFO.EVENTS):" CONN2=":SOCKET.INFO(W(3), SKT$INFO.EVENTS)
FOR I = 1 TO 3
  IF SOCKET.INFO(CLI(I), SKT$INFO.OPEN) THEN CLOSE.SOCKET CLI(I)
NEXT I
FOR I = 1 TO 4
  CLOSE.SOCKET W(I)
NEXT I
PRINT "SRV.STILL.HELD ":SOCKET.INFO(SRV, SKT$INFO.OPEN)
END
