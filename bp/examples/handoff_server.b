* handoff_server.b - a socket server that hands every connection to a worker phantom.
*
*   mvbasic run handoff_server.b [PORT [COUNT]]
*
* The server accepts a connection, marks it SKT$INHERITABLE and starts handoff_worker.b as a phantom: the
* phantom receives the connection as @SOCKET and serves it, while the server closes its own copy and goes
* back to accepting (sockets.md section 11). One phantom per connection keeps the server simple and each
* client isolated; docs/processes.md compares this with a pre-forked pool. When no licence is free for
* another worker (NUMUSERS / PHANTOMS), the client is told BUSY and the connection closed.
*
* PORT defaults to 4250; COUNT, when given, stops the server after that many connections.
$INCLUDE KEYS.H

PORT = FIELD(@SENTENCE, " ", 3)
IF PORT = "" THEN PORT = 4250
LIMIT = FIELD(@SENTENCE, " ", 4)
IF LIMIT = "" THEN LIMIT = 0
WORKER = @PATH:"/handoff_worker.b"

SRV = CREATE.SERVER.SOCKET("127.0.0.1", PORT, SKT$STREAM + SKT$TCP)
IF STATUS() THEN
  PRINT "handoff_server: cannot listen on port ":PORT:" (status ":STATUS():", os error ":OS.ERROR():")"
  STOP
END
PRINT "handoff_server: listening on 127.0.0.1 port ":SOCKET.INFO(SRV, SKT$INFO.PORT)

SERVED = 0
LOOP
WHILE LIMIT = 0 OR SERVED < LIMIT DO
  CON = ACCEPT.SOCKET.CONNECTION(SRV, 0)
  IF STATUS() THEN CONTINUE
  SERVED += 1
  * The mark is taken by the next PHANTOM only; the phantom gets its own descriptor for the connection.
  OK = SET.SOCKET.MODE(CON, SKT$INHERITABLE, 1)
  EXECUTE "PHANTOM RUN ":WORKER CAPTURING STARTED RETURNING USER
  IF USER < 0 THEN
    N = WRITE.SOCKET(CON, "BUSY":CHAR(10), 0, 1000)
    PRINT "handoff_server: no worker for connection ":SERVED:" (":STARTED:")"
  END
  CLOSE.SOCKET CON
REPEAT
PRINT "handoff_server: handed over ":SERVED:" connections"
