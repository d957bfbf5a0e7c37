* sockopt_peer.b - the client side of test_sockopt.py: the half-close and the
* linger time (mvbasic extension keys, docs/sockets.md) against a python3 peer.
* Argument 1 is the peer's port on 127.0.0.1. Each step prints one line.
$INCLUDE KEYS.H
PORT = FIELD(@SENTENCE, " ", 3)

* 1. Send a request, shut the write side, and read the answer the peer sends once it saw the end.
S = OPEN.SOCKET("127.0.0.1", PORT, 0, 10)
IF NOT(S) THEN STOP "OPEN FAILED ":STATUS()
N = WRITE.SOCKET(S, "request", 0, 10000)
PRINT "SHUT ":SET.SOCKET.MODE(S, SKT$INFO.SHUT.WRITE, 1):" ":SOCKET.INFO(S, SKT$INFO.SHUT.WRITE)
GOT = ""
LOOP
  X = READ.SOCKET(S, 100, 0, 10000)
  IF STATUS() THEN EXIT
  GOT := X
REPEAT
PRINT "GOT ":GOT:" END ":STATUS()
CLOSE.SOCKET S

* 2. Linger 0: closing resets the connection. 3. The default: an orderly close.
* Each waits for the peer's "go" so that the peer has accepted before the close.
FOR STEP = 2 TO 3
  S = OPEN.SOCKET("127.0.0.1", PORT, 0, 10)
  IF NOT(S) THEN STOP "OPEN FAILED ":STATUS()
  IF STEP = 2 THEN R = SET.SOCKET.MODE(S, SKT$INFO.LINGER, 0)
  PRINT "LINGER ":SOCKET.INFO(S, SKT$INFO.LINGER):" GOT ":READ.SOCKET(S, 2, 0, 10000)
  CLOSE.SOCKET S
NEXT STEP
PRINT "DONE"
END
