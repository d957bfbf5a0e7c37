* echo_server.b - sends every byte a client sends straight back. One process serves
* many clients at once with SELECT.SOCKET; a client that stops reading is simply not
* read from until its echo has drained (so memory stays bounded).
*
*   mvbasic run bp/examples/echo_server.b [PORT [ADDRESS [MAXCLIENTS [IDLE]]]]
*
*   PORT        TCP port, 0 to 65535, default 7007; 0 lets the system choose (the line
*               printed at start says which)
*   ADDRESS     where to listen: "" or omitted for every address, 127.0.0.1, ::1 (needs
*               IPV6=1 in mvbasic.conf), or a Unix-domain socket path starting with "/"
*               or "./" (PORT is then ignored)
*   MAXCLIENTS  connections served at once, 1 to 100000, default 2000; more are accepted
*               and closed
*   IDLE        seconds a client may send and take nothing before it is closed, 0 to
*               86400, default 300; 0 never closes an idle client
*
* "" for PORT, MAXCLIENTS or IDLE means the default. A bad argument (a PORT that is not a
* number from 0 to 65535, too many arguments...) prints what is wrong and the usage and
* exits with status 2; --help prints the usage (ARGS.H, USAGE.H).
*
* It prints one line, "LISTENING <port or path>", then serves until it is killed. New
* connections are taken a few at a time between serving the clients already connected,
* so a flood of connections does not hold them up.
* Try it:   mvbasic run bp/examples/echo_server.b 7007 &
*           printf 'hello\n' | nc -q1 127.0.0.1 7007
$INCLUDE KEYS.H
$INCLUDE ARGS.H
PROG.NAME = "echo_server"
USAGE = "usage: mvbasic run echo_server.b [PORT [ADDRESS [MAXCLIENTS [IDLE]]]]"
USAGE<-1> = "  PORT        TCP port, 0 to 65535 (default 7007; 0: the system chooses)"
USAGE<-1> = '  ADDRESS     "" for every address, 127.0.0.1, ::1, or a Unix socket path (/... or ./...)'
USAGE<-1> = "  MAXCLIENTS  connections served at once, 1 to 100000 (default 2000)"
USAGE<-1> = "  IDLE        seconds before an idle client is closed, 0 to 86400 (default 300; 0: never)"
PORT = ARGS<1>
IF PORT = "" THEN PORT = 7007
ADDR = ARGS<2>
MAX.CLIENTS = ARGS<3>
IF MAX.CLIENTS = "" THEN MAX.CLIENTS = 2000
IDLE = ARGS<4>
IF IDLE = "" THEN IDLE = 300
BAD = ""
BEGIN CASE
   CASE N.ARGS > 4
      BAD = "too many arguments"
   CASE NOT(PORT MATCHES "1N0N") OR PORT > 65535
      BAD = "PORT is not a number from 0 to 65535: ":PORT
   CASE ADDR[1, 1] = "-"
      BAD = "unknown option ":ADDR
   CASE NOT(MAX.CLIENTS MATCHES "1N0N") OR MAX.CLIENTS < 1 OR MAX.CLIENTS > 100000
      BAD = "MAXCLIENTS is not a number from 1 to 100000: ":MAX.CLIENTS
   CASE NOT(IDLE MATCHES "1N0N") OR IDLE > 86400
      BAD = "IDLE is not a number from 0 to 86400: ":IDLE
END CASE
$INCLUDE USAGE.H
EQU ACCEPT.BATCH TO 16

FLAGS = SKT$STREAM + SKT$TCP
IF ADDR[1, 1] = "/" OR ADDR[1, 2] = "./" THEN FLAGS = SKT$USTREAM
SRV = CREATE.SERVER.SOCKET(ADDR, PORT, FLAGS)
IF STATUS() THEN
   PRINT "echo_server: cannot listen on [":ADDR:"]:":PORT:": STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
   ABORT
END
IF FLAGS = SKT$USTREAM THEN PRINT "LISTENING ":ADDR ELSE PRINT "LISTENING ":SOCKET.INFO(SRV, SKT$INFO.PORT)

* Slot 1 holds the server; the clients sit in slots 2 to TOP with no gaps. The arrays are
* only as big as the clients need (SIZE slots): they double when full, up to MAXCLIENTS + 1,
* and halve when three quarters are unused. A client that leaves is closed at once and its
* gap filled at the end of the pass (COMPACT). So each SELECT.SOCKET, which looks at every
* element of the array, costs in proportion to the clients connected now, not to the most
* there ever were; the pass itself visits only the clients with events (SOCKET.READY).
SIZE = 16
DIM SKT(SIZE), PENDING(SIZE), WRITING(SIZE), SEEN(SIZE)
SKT(1) = SRV
TOP = 1
GAPS = 0
NOW = EPOCH()
SWEPT = NOW
* With an idle timeout SELECT.SOCKET wakes at least once a second to look for idle clients.
IF IDLE THEN WAIT.MS = 1000 ELSE WAIT.MS = 0

LOOP
   N = SELECT.SOCKET(SKT, WAIT.MS)
   IF STATUS() AND STATUS() # 1011 THEN
      PRINT "echo_server: SELECT.SOCKET failed: STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
      ABORT
   END
   NOW = EPOCH()
   * SOCKET.READY(NTH) is where the NTH socket with events sits (an mvbasic extension; on
   * QM, test SOCKET.INFO(SKT(I), SKT$INFO.EVENTS) for every I from 1 to TOP instead).
   FOR NTH = 1 TO N
      I = SOCKET.READY(NTH)
      IF ASSIGNED(SKT(I)) THEN
         EV = SOCKET.INFO(SKT(I), SKT$INFO.EVENTS)
         IF I = 1 THEN GOSUB ACCEPT.CLIENTS ELSE GOSUB SERVE.CLIENT
      END
   NEXT NTH
   IF IDLE AND NOW # SWEPT THEN GOSUB DROP.IDLE
   IF GAPS THEN GOSUB COMPACT
REPEAT

* Takes at most ACCEPT.BATCH waiting connections, so that a flood of connections cannot keep
* the clients already connected waiting: the rest are taken in the next passes (SELECT.SOCKET
* keeps reporting the server socket while connections wait).
ACCEPT.CLIENTS:
   FOR K = 1 TO ACCEPT.BATCH
      CON = ACCEPT.SOCKET.CONNECTION(SRV, -1)
      ST = STATUS()
      IF ST THEN EXIT
      IF TOP = SIZE THEN
         IF SIZE > MAX.CLIENTS THEN
            CLOSE.SOCKET CON
            CONTINUE
         END
         SIZE = MIN(SIZE * 2, MAX.CLIENTS + 1)
         GOSUB RESIZE
      END
      TOP += 1
      SKT(TOP) = CON
      PENDING(TOP) = ""
      WRITING(TOP) = 0
      SEEN(TOP) = NOW
   NEXT K
   * Out of descriptors (or another accept failure): back off briefly instead of spinning.
   IF ST # 0 AND ST # 1011 THEN NAP 50
   RETURN

SERVE.CLIENT:
   SEEN(I) = NOW
   IF BITAND(EV, SKT$WRITE.EVENT) THEN
      GOSUB FLUSH.CLIENT
      IF NOT(ASSIGNED(SKT(I))) THEN RETURN
   END
   IF BITAND(EV, SKT$READ.EVENT) THEN
      X = READ.SOCKET(SKT(I), 65536, SKT$NON.BLOCKING, 0)
      ST = STATUS()
      IF ST = 0 THEN
         PENDING(I) = X
         GOSUB FLUSH.CLIENT
      END ELSE
         IF ST # 1011 THEN GOSUB DROP.CLIENT
      END
   END
   RETURN

* Writes what the client will take now. While an echo is pending the client is watched
* for room to write instead of for input, which is how a client that never reads is held
* to one buffer's worth of memory.
FLUSH.CLIENT:
   IF LEN(PENDING(I)) = 0 THEN RETURN
   W = WRITE.SOCKET(SKT(I), PENDING(I), SKT$NON.BLOCKING, 0)
   ST = STATUS()
   IF ST = 0 THEN
      PENDING(I) = ""
      IF WRITING(I) THEN
         R = SET.SOCKET.MODE(SKT(I), SKT$INFO.EVENTS, SKT$READ.EVENT)
         WRITING(I) = 0
      END
   END ELSE
      IF ST = 1011 THEN
         PENDING(I) = PENDING(I)[W + 1, LEN(PENDING(I))]
         IF NOT(WRITING(I)) THEN
            R = SET.SOCKET.MODE(SKT(I), SKT$INFO.EVENTS, SKT$WRITE.EVENT)
            WRITING(I) = 1
         END
      END ELSE
         GOSUB DROP.CLIENT
      END
   END
   RETURN

* Closes client I; its slot stays empty until COMPACT fills it.
DROP.CLIENT:
   CLOSE.SOCKET SKT(I)
   PENDING(I) = ""
   GAPS += 1
   RETURN

* Once a second: closes the clients that have sent nothing and taken nothing for IDLE seconds.
DROP.IDLE:
   SWEPT = NOW
   FOR I = 2 TO TOP
      IF ASSIGNED(SKT(I)) THEN
         IF NOW - SEEN(I) >= IDLE THEN GOSUB DROP.CLIENT
      END
   NEXT I
   RETURN

* Moves the clients down over the gaps, keeping their order, then gives back unused slots.
COMPACT:
   J = 1
   FOR K = 2 TO TOP
      IF ASSIGNED(SKT(K)) THEN
         J += 1
         IF J < K THEN
            SKT(J) = SKT(K)
            CLOSE.SOCKET SKT(K)
            PENDING(J) = PENDING(K)
            PENDING(K) = ""
            WRITING(J) = WRITING(K)
            SEEN(J) = SEEN(K)
         END
      END
   NEXT K
   TOP = J
   GAPS = 0
   IF SIZE > 16 AND TOP * 4 < SIZE THEN
      SIZE = MAX(16, INT(SIZE / 2))
      GOSUB RESIZE
   END
   RETURN

* DIM on a dimensioned array re-dimensions it and keeps the elements that fit.
RESIZE:
   DIM SKT(SIZE), PENDING(SIZE), WRITING(SIZE), SEEN(SIZE)
   RETURN
END
