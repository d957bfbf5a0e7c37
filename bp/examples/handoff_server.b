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
* PORT, 0 to 65535, defaults to 4250 (0: the system chooses); COUNT, when given, stops the server after
* that many connections (0, the default, never). A bad argument prints what is wrong and the usage and
* exits with status 2; --help prints the usage (ARGS.H, USAGE.H).
$INCLUDE KEYS.H
$INCLUDE ARGS.H
PROG.NAME = "handoff_server"
USAGE = "usage: mvbasic run handoff_server.b [PORT [COUNT]]"
USAGE<-1> = "  PORT   TCP port on 127.0.0.1, 0 to 65535 (default 4250; 0: the system chooses)"
USAGE<-1> = "  COUNT  stop after this many connections (default 0: serve until killed)"
PORT = ARGS<1>
IF PORT = "" THEN PORT = 4250
LIMIT = ARGS<2>
IF LIMIT = "" THEN LIMIT = 0
BAD = ""
BEGIN CASE
   CASE N.ARGS > 2
      BAD = "too many arguments"
   CASE NOT(PORT MATCHES "1N0N") OR PORT > 65535
      BAD = "PORT is not a number from 0 to 65535: ":PORT
   CASE NOT(LIMIT MATCHES "1N0N")
      BAD = "COUNT is not a whole number: ":LIMIT
END CASE
$INCLUDE USAGE.H
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
