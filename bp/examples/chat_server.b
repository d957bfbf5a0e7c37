* chat_server.b - a line-based chat server: every line a client sends goes to every
* other client as "NAME: text". One process serves all clients with SELECT.SOCKET.
*
*   mvbasic run bp/examples/chat_server.b [PORT [ADDRESS [MAXCLIENTS [IDLE]]]]
*
*   PORT        TCP port, 0 to 65535, default 7008 (0: the system chooses; see the
*               LISTENING line)
*   ADDRESS     "" or omitted for every address, 127.0.0.1, ::1 (IPV6=1 in mvbasic.conf),
*               or a Unix-domain socket path starting with "/" or "./"
*   MAXCLIENTS  connections served at once, 1 to 100000, default 2000
*   IDLE        seconds a client may send and take nothing before it is closed, 0 to
*               86400, default 600; 0 never closes an idle client
*
* "" for PORT, MAXCLIENTS or IDLE means the default. A bad argument prints what is wrong
* and the usage and exits with status 2; --help prints the usage (ARGS.H, USAGE.H).
*
* Commands a client may send:  /nick NAME   take a name (default: userN)
*                              /who         how many are connected
*                              /quit        leave
* Lines the server itself sends start with "* ". Lines end in LF (a CR before it is
* dropped); a line longer than 4,000 bytes is cut into pieces of that size.
*
* Output to each client is queued and written without blocking, whole lines at a time,
* so a slow client never delays the others and lines never interleave. When more than
* 256 KB is queued for some client, the server stops reading from every client (the
* senders wait, held back by TCP) until that client has taken all but 64 KB of it. A
* client that takes nothing for 10 seconds while it is that far behind has stopped
* reading: it is disconnected, and the others go on. (Not less: with the kernel's send
* buffer full, a slow reader is seen to read only each time it has emptied a third of it.) At most 64 KB of new lines are
* read in one pass, so no queue grows by more than that at once.
*
* The lines broadcast during one pass of the serve loop are collected in ROUND.TEXT and
* handed to each client with one append and one write. Each client's own lines form one
* block of ROUND.TEXT (a client is read once per pass), which is cut out of its copy.
*
* Try it:   mvbasic run bp/examples/chat_server.b 7008 &
*           nc 127.0.0.1 7008        (in two terminals; type lines)
$INCLUDE KEYS.H
$INCLUDE ARGS.H
PROG.NAME = "chat_server"
USAGE = "usage: mvbasic run chat_server.b [PORT [ADDRESS [MAXCLIENTS [IDLE]]]]"
USAGE<-1> = "  PORT        TCP port, 0 to 65535 (default 7008; 0: the system chooses)"
USAGE<-1> = '  ADDRESS     "" for every address, 127.0.0.1, ::1, or a Unix socket path (/... or ./...)'
USAGE<-1> = "  MAXCLIENTS  connections served at once, 1 to 100000 (default 2000)"
USAGE<-1> = "  IDLE        seconds before an idle client is closed, 0 to 86400 (default 600; 0: never)"
PORT = ARGS<1>
IF PORT = "" THEN PORT = 7008
ADDR = ARGS<2>
MAX.CLIENTS = ARGS<3>
IF MAX.CLIENTS = "" THEN MAX.CLIENTS = 2000
IDLE = ARGS<4>
IF IDLE = "" THEN IDLE = 600
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
EQU MAX.LINE TO 4000
EQU MAX.QUEUED TO 1048576
EQU HIGH.MARK TO 262144
EQU LOW.MARK TO 65536
EQU ROUND.MAX TO 65536
EQU STALL.SECONDS TO 10
EQU ACCEPT.BATCH TO 16
LF = CHAR(10)

FLAGS = SKT$STREAM + SKT$TCP
IF ADDR[1, 1] = "/" OR ADDR[1, 2] = "./" THEN FLAGS = SKT$USTREAM
SRV = CREATE.SERVER.SOCKET(ADDR, PORT, FLAGS)
IF STATUS() THEN
   PRINT "chat_server: cannot listen on [":ADDR:"]:":PORT:": STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
   ABORT
END
IF FLAGS = SKT$USTREAM THEN PRINT "LISTENING ":ADDR ELSE PRINT "LISTENING ":SOCKET.INFO(SRV, SKT$INFO.PORT)

* Slot 1 is the server; the clients sit in slots 2 to TOP with no gaps. The arrays are only
* as big as the clients need (SIZE slots): they double when full, up to MAXCLIENTS + 1, and
* halve when three quarters are unused; a client that leaves is closed at once and its gap
* filled at the end of the pass (COMPACT). So each SELECT.SOCKET, which looks at every
* element, costs in proportion to the clients connected now; the pass itself visits only the
* clients with events (SOCKET.READY). Per client: its name, the partial line read so
* far, the output queued for it, the events it is watched for (MASK), where its own lines
* sit in ROUND.TEXT (SENT.PASS is the pass in which it last sent any), when it last sent
* or took anything (SEEN), and whether it is far behind (BEHIND) and since when it has
* taken nothing while so (STUCK.AT).
SIZE = 16
DIM SKT(SIZE), NAME(SIZE), INBUF(SIZE), OUTBUF(SIZE), MASK(SIZE)
DIM SENT.PASS(SIZE), SENT.FROM(SIZE), SENT.TO(SIZE), DIRTY(SIZE), IS.DIRTY(SIZE)
DIM SEEN(SIZE), BEHIND(SIZE), STUCK.AT(SIZE)
SKT(1) = SRV
TOP = 1
GAPS = 0
DIRTY.COUNT = 0
CONNECTED = 0
SERIAL = 0
PASS = 0
ROUND.TEXT = ""
BEHIND.COUNT = 0
PAUSED = 0
NOW = EPOCH()
SWEPT = NOW

LOOP
   PASS += 1
   * Wake at least once a second to close idle clients and clients that stopped reading.
   N = SELECT.SOCKET(SKT, 1000)
   IF STATUS() AND STATUS() # 1011 THEN
      PRINT "chat_server: SELECT.SOCKET failed: STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
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
   * Everything queued in this pass goes out now: one write per client, not one per line.
   IF LEN(ROUND.TEXT) THEN
      FOR I = 2 TO TOP
         IF ASSIGNED(SKT(I)) THEN
            IF SENT.PASS(I) = PASS THEN
               OUTBUF(I) := ROUND.TEXT[1, SENT.FROM(I) - 1] : ROUND.TEXT[SENT.TO(I) + 1, LEN(ROUND.TEXT)]
            END ELSE
               OUTBUF(I) := ROUND.TEXT
            END
            GOSUB FLUSH.CLIENT
         END
         IS.DIRTY(I) = 0
      NEXT I
      ROUND.TEXT = ""
   END ELSE
      FOR D = 1 TO DIRTY.COUNT
         I = DIRTY(D)
         IS.DIRTY(I) = 0
         IF ASSIGNED(SKT(I)) THEN GOSUB FLUSH.CLIENT
      NEXT D
   END
   DIRTY.COUNT = 0
   IF NOW # SWEPT THEN GOSUB DROP.IDLE
   IF (BEHIND.COUNT > 0) # PAUSED THEN GOSUB PAUSE.OR.RESUME
   IF GAPS THEN GOSUB COMPACT
REPEAT

* Takes at most ACCEPT.BATCH waiting connections, so that a flood of connections cannot keep
* the clients already connected waiting; SELECT.SOCKET reports the rest in the next passes.
ACCEPT.CLIENTS:
   FOR K = 1 TO ACCEPT.BATCH
      CON = ACCEPT.SOCKET.CONNECTION(SRV, -1)
      ST = STATUS()
      IF ST THEN EXIT
      IF TOP = SIZE THEN
         IF SIZE > MAX.CLIENTS THEN
            W = WRITE.SOCKET(CON, "* server full" : LF, SKT$NON.BLOCKING, 0)
            CLOSE.SOCKET CON
            CONTINUE
         END
         SIZE = MIN(SIZE * 2, MAX.CLIENTS + 1)
         GOSUB RESIZE
      END
      SERIAL += 1
      CONNECTED += 1
      TOP += 1
      SKT(TOP) = CON
      NAME(TOP) = "user" : SERIAL
      INBUF(TOP) = ""
      OUTBUF(TOP) = ""
      MASK(TOP) = SKT$READ.EVENT
      IS.DIRTY(TOP) = 0
      SENT.PASS(TOP) = 0
      SEEN(TOP) = NOW
      BEHIND(TOP) = 0
      STUCK.AT(TOP) = NOW
      DEST = TOP
      MSG = "* welcome, you are " : NAME(TOP) : "; commands: /nick NAME, /who, /quit"
      GOSUB SEND.TO
   NEXT K
   * Out of descriptors (or another accept failure): back off briefly instead of spinning.
   IF ST # 0 AND ST # 1011 THEN NAP 50
   RETURN

SERVE.CLIENT:
   IF BITAND(EV, SKT$WRITE.EVENT) THEN
      GOSUB FLUSH.CLIENT
      IF NOT(ASSIGNED(SKT(I))) THEN RETURN
   END
   IF NOT(BITAND(EV, SKT$READ.EVENT)) THEN RETURN
   * Enough new lines for one pass: the rest wait in the socket for the next pass.
   IF PAUSED OR LEN(ROUND.TEXT) >= ROUND.MAX THEN RETURN
   X = READ.SOCKET(SKT(I), 65536, SKT$NON.BLOCKING, 0)
   ST = STATUS()
   IF ST = 1011 THEN RETURN
   IF ST THEN
      GOSUB DROP.CLIENT
      RETURN
   END
   SEEN(I) = NOW
   INBUF(I) := X
   LOOP
      P = INDEX(INBUF(I), LF, 1)
      SKIP = 1
      IF (P = 0 AND LEN(INBUF(I)) >= MAX.LINE) OR P > MAX.LINE + 1 THEN
         P = MAX.LINE + 1
         SKIP = 0
      END
   WHILE P > 0 DO
      LINE = INBUF(I)[1, P - 1]
      INBUF(I) = INBUF(I)[P + SKIP, LEN(INBUF(I))]
      IF LINE[LEN(LINE), 1] = CHAR(13) THEN LINE = LINE[1, LEN(LINE) - 1]
      GOSUB HANDLE.LINE
      IF NOT(ASSIGNED(SKT(I))) THEN RETURN
   REPEAT
   RETURN

HANDLE.LINE:
   WORD = FIELD(LINE, " ", 1)
   BEGIN CASE
      CASE WORD = "/nick"
         NEW.NAME = TRIM(LINE[7, MAX.LINE])
         IF NEW.NAME = "" OR INDEX(NEW.NAME, " ", 1) OR LEN(NEW.NAME) > 32 THEN
            DEST = I
            MSG = "* a name is 1 to 32 characters without spaces"
            GOSUB SEND.TO
         END ELSE
            MSG = "* " : NAME(I) : " is now " : NEW.NAME
            NAME(I) = NEW.NAME
            GOSUB SEND.ALL
            DEST = I
            GOSUB SEND.TO
         END
      CASE WORD = "/who"
         DEST = I
         MSG = "* " : CONNECTED : " connected"
         GOSUB SEND.TO
      CASE WORD = "/quit"
         W = WRITE.SOCKET(SKT(I), OUTBUF(I) : "* bye" : LF, SKT$NON.BLOCKING, 0)
         GOSUB DROP.CLIENT
      CASE 1
         MSG = NAME(I) : ": " : LINE
         GOSUB SEND.ALL
   END CASE
   RETURN

* Queues MSG from client I for every other client (see ROUND.TEXT above).
SEND.ALL:
   IF SENT.PASS(I) # PASS THEN
      SENT.PASS(I) = PASS
      SENT.FROM(I) = LEN(ROUND.TEXT) + 1
   END
   ROUND.TEXT := MSG : LF
   SENT.TO(I) = LEN(ROUND.TEXT)
   RETURN

SEND.TO:
   OUTBUF(DEST) := MSG : LF
   IF NOT(IS.DIRTY(DEST)) THEN
      IS.DIRTY(DEST) = 1
      DIRTY.COUNT += 1
      DIRTY(DIRTY.COUNT) = DEST
   END
   RETURN

* Writes what client I will take now; the rest waits for a write event. A client more than
* HIGH.MARK behind holds every sender back (PAUSE.OR.RESUME) until it is within LOW.MARK.
FLUSH.CLIENT:
   W = 0
   IF LEN(OUTBUF(I)) THEN
      W = WRITE.SOCKET(SKT(I), OUTBUF(I), SKT$NON.BLOCKING, 0)
      ST = STATUS()
      IF ST # 0 AND ST # 1011 THEN
         GOSUB DROP.CLIENT
         RETURN
      END
      IF W THEN
         OUTBUF(I) = OUTBUF(I)[W + 1, LEN(OUTBUF(I))]
         SEEN(I) = NOW
      END
      IF LEN(OUTBUF(I)) > MAX.QUEUED THEN
         GOSUB DROP.CLIENT
         RETURN
      END
   END
   IF BEHIND(I) THEN
      IF LEN(OUTBUF(I)) <= LOW.MARK THEN
         BEHIND(I) = 0
         BEHIND.COUNT -= 1
      END ELSE
         IF W THEN STUCK.AT(I) = NOW
      END
   END ELSE
      IF LEN(OUTBUF(I)) > HIGH.MARK THEN
         BEHIND(I) = 1
         BEHIND.COUNT += 1
         STUCK.AT(I) = NOW
      END
   END
   GOSUB SET.INTEREST
   RETURN

* Watches client I for input unless the senders are held back, and for room to write while
* output is queued for it.
SET.INTEREST:
   WANT = 0
   IF NOT(PAUSED) THEN WANT = SKT$READ.EVENT
   IF LEN(OUTBUF(I)) THEN WANT += SKT$WRITE.EVENT
   IF WANT # MASK(I) THEN
      R = SET.SOCKET.MODE(SKT(I), SKT$INFO.EVENTS, WANT)
      MASK(I) = WANT
   END
   RETURN

* Stops reading from every client while one is far behind, and starts again when none is.
PAUSE.OR.RESUME:
   PAUSED = (BEHIND.COUNT > 0)
   FOR I = 2 TO TOP
      IF ASSIGNED(SKT(I)) THEN GOSUB SET.INTEREST
   NEXT I
   RETURN

* Closes client I; its slot stays empty until COMPACT fills it.
DROP.CLIENT:
   CLOSE.SOCKET SKT(I)
   INBUF(I) = ""
   OUTBUF(I) = ""
   IF BEHIND(I) THEN
      BEHIND(I) = 0
      BEHIND.COUNT -= 1
   END
   CONNECTED -= 1
   GAPS += 1
   RETURN

* Once a second: closes the clients that have stopped reading (far behind and taking nothing
* for STALL.SECONDS) and those idle for IDLE seconds (neither sending nor taking anything).
DROP.IDLE:
   SWEPT = NOW
   FOR I = 2 TO TOP
      IF ASSIGNED(SKT(I)) THEN
         BEGIN CASE
            CASE BEHIND(I) AND NOW - STUCK.AT(I) >= STALL.SECONDS
               GOSUB DROP.CLIENT
            CASE IDLE AND NOW - SEEN(I) >= IDLE
               GOSUB DROP.CLIENT
         END CASE
      END
   NEXT I
   RETURN

* Moves the clients down over the gaps, keeping their order, then gives back unused slots.
* It runs after the pass, when ROUND.TEXT and the DIRTY list are done with.
COMPACT:
   J = 1
   FOR K = 2 TO TOP
      IF ASSIGNED(SKT(K)) THEN
         J += 1
         IF J < K THEN
            SKT(J) = SKT(K)
            CLOSE.SOCKET SKT(K)
            NAME(J) = NAME(K)
            INBUF(J) = INBUF(K)
            INBUF(K) = ""
            OUTBUF(J) = OUTBUF(K)
            OUTBUF(K) = ""
            MASK(J) = MASK(K)
            SENT.PASS(J) = SENT.PASS(K)
            SEEN(J) = SEEN(K)
            BEHIND(J) = BEHIND(K)
            BEHIND(K) = 0
            STUCK.AT(J) = STUCK.AT(K)
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
   DIM SKT(SIZE), NAME(SIZE), INBUF(SIZE), OUTBUF(SIZE), MASK(SIZE)
   DIM SENT.PASS(SIZE), SENT.FROM(SIZE), SENT.TO(SIZE), DIRTY(SIZE), IS.DIRTY(SIZE)
   DIM SEEN(SIZE), BEHIND(SIZE), STUCK.AT(SIZE)
   RETURN
END
