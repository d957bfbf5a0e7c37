* handoff_worker.b - serves one connection that handoff_server.b handed over as @SOCKET.
*
* Protocol: the client sends one line, "ping ID"; the worker answers "pong ID from USERNO" and closes.
* Anything else is answered "error: expected ping ID".
*
*   (started by handoff_server.b as  PHANTOM RUN handoff_worker.b;  it takes no arguments)
*
* Run by hand, without a connection in @SOCKET, it says so, prints its usage and exits with status 2, as it
* does for any argument; --help prints the usage (ARGS.H, USAGE.H).
$INCLUDE KEYS.H
$INCLUDE ARGS.H
PROG.NAME = "handoff_worker"
USAGE = "usage: PHANTOM RUN handoff_worker.b   (handoff_server.b starts it for each connection)"
USAGE<-1> = "  It takes no arguments; the connection it serves arrives as @SOCKET."
BAD = ""
IF N.ARGS THEN BAD = "it takes no arguments"
IF BAD = "" AND NOT(SOCKET.INFO(@SOCKET, SKT$INFO.OPEN)) THEN BAD = "no connection in @SOCKET: start handoff_server.b instead"
$INCLUDE USAGE.H

SKT = @SOCKET
REQUEST = ""
* Read until the line is complete (TCP may deliver it in pieces), for at most five seconds in all.
FOR TRY = 1 TO 50 UNTIL INDEX(REQUEST, CHAR(10), 1)
  REQUEST := READ.SOCKET(SKT, 1024, 0, 100)
  IF STATUS() AND STATUS() # 1011 THEN EXIT
NEXT TRY
REQUEST = TRIM(FIELD(REQUEST, CHAR(10), 1), CHAR(13), "T")
IF FIELD(REQUEST, " ", 1) = "ping" AND FIELD(REQUEST, " ", 2) # "" THEN
  REPLY = "pong ":FIELD(REQUEST, " ", 2):" from ":@USERNO
END ELSE
  REPLY = "error: expected ping ID"
END
N = WRITE.SOCKET(SKT, REPLY:CHAR(10), 0, 5000)
CLOSE.SOCKET SKT
