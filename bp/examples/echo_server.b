* echo_server.b - sends every byte a client sends straight back. One process serves
* many clients at once with SELECT.SOCKET; a client that stops reading is simply not
* read from until its echo has drained (so memory stays bounded).
*
*   mvbasic run bp/examples/echo_server.b [PORT [ADDRESS [MAXCLIENTS]]]
*
*   PORT        TCP port, 0 to 65535, default 7007; 0 lets the system choose (the line
*               printed at start says which)
*   ADDRESS     where to listen: "" or omitted for every address, 127.0.0.1, ::1 (needs
*               IPV6=1 in mvbasic.conf), or a Unix-domain socket path starting with "/"
*               or "./" (PORT is then ignored)
*   MAXCLIENTS  connections served at once, 1 to 100000, default 2000; more are accepted
*               and closed
*
* "" for PORT or MAXCLIENTS means the default. A bad argument (a PORT that is not a number
* from 0 to 65535, too many arguments...) prints what is wrong and the usage and exits with
* status 2; --help prints the usage (ARGS.H, USAGE.H).
*
* It prints one line, "LISTENING <port or path>", then serves until it is killed.
* Try it:   mvbasic run bp/examples/echo_server.b 7007 &
*           printf 'hello\n' | nc -q1 127.0.0.1 7007
$INCLUDE KEYS.H
$INCLUDE ARGS.H
PROG.NAME = "echo_server"
USAGE = "usage: mvbasic run echo_server.b [PORT [ADDRESS [MAXCLIENTS]]]"
USAGE<-1> = "  PORT        TCP port, 0 to 65535 (default 7007; 0: the system chooses)"
USAGE<-1> = '  ADDRESS     "" for every address, 127.0.0.1, ::1, or a Unix socket path (/... or ./...)'
USAGE<-1> = "  MAXCLIENTS  connections served at once, 1 to 100000 (default 2000)"
PORT = ARGS<1>
IF PORT = "" THEN PORT = 7007
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

FLAGS = SKT$STREAM + SKT$TCP
IF ADDR[1, 1] = "/" OR ADDR[1, 2] = "./" THEN FLAGS = SKT$USTREAM
SRV = CREATE.SERVER.SOCKET(ADDR, PORT, FLAGS)
IF STATUS() THEN
   PRINT "echo_server: cannot listen on [":ADDR:"]:":PORT:": STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
   ABORT
END
IF FLAGS = SKT$USTREAM THEN PRINT "LISTENING ":ADDR ELSE PRINT "LISTENING ":SOCKET.INFO(SRV, SKT$INFO.PORT)

* Slot 1 holds the server; clients use slots 2 to TOP. Freed slots are kept on a stack.
DIM SKT(MAX.CLIENTS + 1)
DIM PENDING(MAX.CLIENTS + 1)
DIM WRITING(MAX.CLIENTS + 1)
DIM FREE.SLOTS(MAX.CLIENTS + 1)
SKT(1) = SRV
TOP = 1
FREE.COUNT = 0

LOOP
   N = SELECT.SOCKET(SKT, 0)
   IF STATUS() THEN
      PRINT "echo_server: SELECT.SOCKET failed: STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
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
REPEAT

* Takes every connection that is waiting, without blocking.
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
            CLOSE.SOCKET CON
            CONTINUE
         END
         TOP += 1
         SLOT = TOP
      END
      SKT(SLOT) = CON
      PENDING(SLOT) = ""
      WRITING(SLOT) = 0
   REPEAT
   * Out of descriptors (or another accept failure): back off briefly instead of spinning.
   IF ST # 1011 THEN NAP 50
   RETURN

SERVE.CLIENT:
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

DROP.CLIENT:
   CLOSE.SOCKET SKT(I)
   PENDING(I) = ""
   FREE.COUNT += 1
   FREE.SLOTS(FREE.COUNT) = I
   RETURN
END
