* SOCKET.READY - the positions of the sockets with events at the last SELECT.SOCKET, in
* array order, so that a serve loop visits only those. SOCKET.READY(0) is how many; any
* other k outside 1 to that count gives 0, as does every k after a call that timed out.
* Port: 27403 on 127.0.0.1.
$INCLUDE KEYS.H

SRV = CREATE.SERVER.SOCKET("127.0.0.1", 27403)
PRINT "BEFORE ":SOCKET.READY(0):" ":SOCKET.READY(1)
DIM W(6)
W(1) = SRV
DIM CLI(4)
FOR I = 1 TO 4
   CLI(I) = OPEN.SOCKET("127.0.0.1", 27403, 0)
   W(I + 1) = ACCEPT.SOCKET.CONNECTION(SRV, 2000)
NEXT I
* Nothing to read: the call times out and no position is reported.
N = SELECT.SOCKET(W, -1)
PRINT "IDLE ":N:" ":STATUS():" COUNT=":SOCKET.READY(0):" FIRST=":SOCKET.READY(1)

* Clients 4 and 2 send, in that order; positions still come in array order (3, then 5).
N = WRITE.SOCKET(CLI(4), "four", 0, 1000)
N = WRITE.SOCKET(CLI(2), "two", 0, 1000)
LOOP
   N = SELECT.SOCKET(W, 2000)
UNTIL N >= 2 OR STATUS() DO
   NAP 10
REPEAT
PRINT "READY ":N:" COUNT=":SOCKET.READY(0)
FOR K = 1 TO N
   I = SOCKET.READY(K)
   PRINT "  AT ":I:" EVENTS=":SOCKET.INFO(W(I), SKT$INFO.EVENTS):" DATA=":READ.SOCKET(W(I), 100, 0, 1000)
NEXT K
PRINT "BEYOND ":SOCKET.READY(N + 1):" NEGATIVE ":SOCKET.READY(-1)

* The zero element counts as position 0, and a socket in two elements is reported once,
* at its first. A new connection makes the listener, position 1, ready.
W(0) = W(4)
W(6) = W(4)
N = WRITE.SOCKET(CLI(3), "three", 0, 1000)
LOOP
   N = SELECT.SOCKET(W, 2000)
UNTIL N >= 1 OR STATUS() DO
   NAP 10
REPEAT
PRINT "SHARED ":N:" AT ":SOCKET.READY(1):" DATA=":READ.SOCKET(W(SOCKET.READY(1)), 100, 0, 1000)
EXTRA = OPEN.SOCKET("127.0.0.1", 27403, 0)
LOOP
   N = SELECT.SOCKET(W, 2000)
UNTIL N >= 1 OR STATUS() DO
   NAP 10
REPEAT
PRINT "LISTENER ":N:" AT ":SOCKET.READY(1)
* A timeout clears the positions.
X = ACCEPT.SOCKET.CONNECTION(SRV, 1000)
N = SELECT.SOCKET(W, -1)
PRINT "AFTER.TIMEOUT ":N:" COUNT=":SOCKET.READY(0):" FIRST=":SOCKET.READY(1)
