* chat_server.b - a line-based chat server: every line a client sends goes to every
* other client as "NAME: text". One process serves all clients with SELECT.SOCKET.
*
*   mvbasic run bp/examples/chat_server.b [PORT [ADDRESS [MAXCLIENTS]]]
*
*   PORT        TCP port, 0 to 65535, default 7008 (0: the system chooses; see the
*               LISTENING line)
*   ADDRESS     "" or omitted for every address, 127.0.0.1, ::1 (IPV6=1 in mvbasic.conf),
*               or a Unix-domain socket path starting with "/" or "./"
*   MAXCLIENTS  connections served at once, 1 to 100000, default 2000
*
* "" for PORT or MAXCLIENTS means the default. A bad argument prints what is wrong and the
* usage and exits with status 2; --help prints the usage (ARGS.H, USAGE.H).
*
* Commands a client may send:  /nick NAME   take a name (default: userN)
*                              /who         how many are connected
*                              /quit        leave
* Lines the server itself sends start with "* ". Lines end in LF (a CR before it is
* dropped); a line longer than 4,000 bytes is cut into pieces of that size.
*
* Output to each client is queued and written without blocking, whole lines at a time,
* so a slow client never delays the others and lines never interleave. A client that
* stops reading is disconnected once 1 MB is queued for it.
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
USAGE = "usage: mvbasic run chat_server.b [PORT [ADDRESS [MAXCLIENTS]]]"
USAGE<-1> = "  PORT        TCP port, 0 to 65535 (default 7008; 0: the system chooses)"
USAGE<-1> = '  ADDRESS     "" for every address, 127.0.0.1, ::1, or a Unix socket path (/... or ./...)'
USAGE<-1> = "  MAXCLIENTS  connections served at once, 1 to 100000 (default 2000)"
PORT = ARGS<1>
IF PORT = "" THEN PORT = 7008
ADDR = ARGS<2>
MAX.CLIENTS = ARGS<3>
IF MAX.CLIENTS = "" THEN MAX.CLIENTS = 2000
BAD = ""
BEGIN CASE
   CASE N.ARGS > 3
      BAD = "too many arguments"
   CASE NOT(PORT MATCHES "1N0N") OR PORT > 65535
      BAD = "PORT is not a number from 0 to 65535: ":PORT
   CASE ADDR[1, 1] = "-"
      BAD = "unknown option ":ADDR
   CASE NOT(MAX.CLIENTS MATCHES "1N0N") OR MAX.CLIENTS < 1 OR MAX.CLIENTS > 100000
      BAD = "MAXCLIENTS is not a number from 1 to 100000: ":MAX.CLIENTS
END CASE
$INCLUDE USAGE.H
EQU MAX.LINE TO 4000
EQU MAX.QUEUED TO 1048576
LF = CHAR(10)

FLAGS = SKT$STREAM + SKT$TCP
IF ADDR[1, 1] = "/" OR ADDR[1, 2] = "./" THEN FLAGS = SKT$USTREAM
SRV = CREATE.SERVER.SOCKET(ADDR, PORT, FLAGS)
IF STATUS() THEN
   PRINT "chat_server: cannot listen on [":ADDR:"]:":PORT:": STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
   ABORT
END
IF FLAGS = SKT$USTREAM THEN PRINT "LISTENING ":ADDR ELSE PRINT "LISTENING ":SOCKET.INFO(SRV, SKT$INFO.PORT)

* Slot 1 is the server; clients use 2 to TOP. Per client: its name, the partial line read
* so far, the output queued for it, whether it is watched for room to write, and where
* its own lines sit in ROUND.TEXT (SENT.PASS is the pass in which it last sent any).
N.SLOTS = MAX.CLIENTS + 1
DIM SKT(N.SLOTS), NAME(N.SLOTS), INBUF(N.SLOTS), OUTBUF(N.SLOTS), WRITING(N.SLOTS)
DIM SENT.PASS(N.SLOTS), SENT.FROM(N.SLOTS), SENT.TO(N.SLOTS)
DIM FREE.SLOTS(N.SLOTS), DIRTY(N.SLOTS), IS.DIRTY(N.SLOTS)
SKT(1) = SRV
TOP = 1
FREE.COUNT = 0
DIRTY.COUNT = 0
CONNECTED = 0
SERIAL = 0
PASS = 0
ROUND.TEXT = ""

LOOP
   PASS += 1
   N = SELECT.SOCKET(SKT, 0)
   IF STATUS() THEN
      PRINT "chat_server: SELECT.SOCKET failed: STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
      ABORT
   END
   FOR I = 1 TO TOP
      IF ASSIGNED(SKT(I)) THEN
         EV = SOCKET.INFO(SKT(I), SKT$INFO.EVENTS)
         IF EV THEN
            IF I = 1 THEN GOSUB ACCEPT.CLIENTS ELSE GOSUB SERVE.CLIENT
         END
      END
   NEXT I
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
REPEAT

ACCEPT.CLIENTS:
   LOOP
      CON = ACCEPT.SOCKET.CONNECTION(SRV, -1)
      ST = STATUS()
   WHILE ST = 0 DO
      IF FREE.COUNT > 0 THEN
         SLOT = FREE.SLOTS(FREE.COUNT)
         FREE.COUNT -= 1
      END ELSE
         IF TOP > MAX.CLIENTS THEN
            W = WRITE.SOCKET(CON, "* server full" : LF, SKT$NON.BLOCKING, 0)
            CLOSE.SOCKET CON
            CONTINUE
         END
         TOP += 1
         SLOT = TOP
      END
      SERIAL += 1
      CONNECTED += 1
      SKT(SLOT) = CON
      NAME(SLOT) = "user" : SERIAL
      INBUF(SLOT) = ""
      OUTBUF(SLOT) = ""
      WRITING(SLOT) = 0
      IS.DIRTY(SLOT) = 0
      SENT.PASS(SLOT) = 0
      DEST = SLOT
      MSG = "* welcome, you are " : NAME(SLOT) : "; commands: /nick NAME, /who, /quit"
      GOSUB SEND.TO
   REPEAT
   * Out of descriptors (or another accept failure): back off briefly instead of spinning.
   IF ST # 1011 THEN NAP 50
   RETURN

SERVE.CLIENT:
   IF BITAND(EV, SKT$WRITE.EVENT) THEN
      GOSUB FLUSH.CLIENT
      IF NOT(ASSIGNED(SKT(I))) THEN RETURN
   END
   IF NOT(BITAND(EV, SKT$READ.EVENT)) THEN RETURN
   X = READ.SOCKET(SKT(I), 65536, SKT$NON.BLOCKING, 0)
   ST = STATUS()
   IF ST = 1011 THEN RETURN
   IF ST THEN
      GOSUB DROP.CLIENT
      RETURN
   END
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

* Writes what client I will take now; the rest waits for a write event.
FLUSH.CLIENT:
   IF LEN(OUTBUF(I)) = 0 THEN RETURN
   W = WRITE.SOCKET(SKT(I), OUTBUF(I), SKT$NON.BLOCKING, 0)
   ST = STATUS()
   IF ST = 0 THEN
      OUTBUF(I) = ""
      IF WRITING(I) THEN
         R = SET.SOCKET.MODE(SKT(I), SKT$INFO.EVENTS, SKT$READ.EVENT)
         WRITING(I) = 0
      END
      RETURN
   END
   IF ST # 1011 THEN
      GOSUB DROP.CLIENT
      RETURN
   END
   OUTBUF(I) = OUTBUF(I)[W + 1, LEN(OUTBUF(I))]
   IF LEN(OUTBUF(I)) > MAX.QUEUED THEN
      GOSUB DROP.CLIENT
      RETURN
   END
   IF NOT(WRITING(I)) THEN
      R = SET.SOCKET.MODE(SKT(I), SKT$INFO.EVENTS, SKT$READ.EVENT + SKT$WRITE.EVENT)
      WRITING(I) = 1
   END
   RETURN

DROP.CLIENT:
   CLOSE.SOCKET SKT(I)
   INBUF(I) = ""
   OUTBUF(I) = ""
   CONNECTED -= 1
   FREE.COUNT += 1
   FREE.SLOTS(FREE.COUNT) = I
   RETURN
END
