* http_server.b - a small HTTP/1.1 server: serves the files of one folder and a
* JSON status page, to many clients at once from one process (SELECT.SOCKET).
*
*   mvbasic run bp/examples/http_server.b [PORT [ROOT [ADDRESS [MAXCLIENTS [IDLE]]]]]
*
*   PORT        TCP port, 0 to 65535, default 8080 (0: the system chooses; see the
*               LISTENING line)
*   ROOT        the folder to serve, default the www folder beside this program
*   ADDRESS     "" or omitted for every address, 127.0.0.1, ::1 (IPV6=1 in mvbasic.conf),
*               or a Unix-domain socket path starting with "/" or "./"
*   MAXCLIENTS  connections served at once, 1 to 100000, default 1000; more get 503
*   IDLE        seconds a connection may wait between requests, 0 to 86400, default 60
*               (0: no limit); a request head must arrive whole within 10 seconds (or IDLE,
*               if that is shorter), and a client must make room for more of a response
*               at least every 60 seconds
*
* "" for PORT, ROOT, MAXCLIENTS or IDLE means the default. A bad argument (a PORT that is not a
* number from 0 to 65535, a ROOT that is not a folder, too many arguments...) prints what
* is wrong and the usage and exits with status 2; --help prints the usage (ARGS.H, USAGE.H).
*
* GET and HEAD are answered; "/" means /index.html; /status is a JSON page with the
* server's counters. Connections are kept alive (HTTP/1.1) unless the client sends
* "Connection: close" or speaks HTTP/1.0 without "Connection: keep-alive". Files are
* read whole with OSREAD, so they are served byte for byte (images too); ".." and
* hidden names are refused. A folder asked for without its final slash (/docs) is
* redirected (301) to the name with it (/docs/), query string kept. Every response
* carries a Date header in GMT (from EPOCH()). An HTTP/1.1 request without exactly one
* Host header is answered 400 Bad Request, as RFC 7230 requires.
*
* Hostile clients are held to bounded cost. A request head over 16 KB is answered 431 and
* the connection closed; a body (which is not used) over 1 MB, 413. At most 256 KB of
* responses are queued for one connection: pipelined requests beyond that wait, and the
* client is not read from, until it has taken what is queued. When the process runs out
* of descriptors a file that exists is answered 503 (retry later), not 404. New
* connections are taken a few at a time between serving the clients already connected.
*
* Try it:   mvbasic run bp/examples/http_server.b 8080 &
*           mvbasic run bp/examples/http_client.b http://127.0.0.1:8080/
*           curl http://127.0.0.1:8080/status
$INCLUDE KEYS.H
$INCLUDE ERR.H
$INCLUDE ARGS.H
PROG.NAME = "http_server"
USAGE = "usage: mvbasic run http_server.b [PORT [ROOT [ADDRESS [MAXCLIENTS [IDLE]]]]]"
USAGE<-1> = "  PORT        TCP port, 0 to 65535 (default 8080; 0: the system chooses)"
USAGE<-1> = "  ROOT        the folder to serve (default: the www folder beside this program)"
USAGE<-1> = '  ADDRESS     "" for every address, 127.0.0.1, ::1, or a Unix socket path (/... or ./...)'
USAGE<-1> = "  MAXCLIENTS  connections served at once, 1 to 100000 (default 1000)"
USAGE<-1> = "  IDLE        seconds a connection may wait between requests, 0 to 86400 (default 60; 0: no limit)"
PORT = ARGS<1>
IF PORT = "" THEN PORT = 8080
ROOT = ARGS<2>
IF ROOT = "" THEN ROOT = @PATH : "/www"
ADDR = ARGS<3>
MAX.CLIENTS = ARGS<4>
IF MAX.CLIENTS = "" THEN MAX.CLIENTS = 1000
IDLE = ARGS<5>
IF IDLE = "" THEN IDLE = 60
BAD = ""
BEGIN CASE
   CASE N.ARGS > 5
      BAD = "too many arguments"
   CASE NOT(PORT MATCHES "1N0N") OR PORT > 65535
      BAD = "PORT is not a number from 0 to 65535: ":PORT
   CASE ROOT[1, 1] = "-"
      BAD = "unknown option ":ROOT
   CASE ADDR[1, 1] = "-"
      BAD = "unknown option ":ADDR
   CASE NOT(MAX.CLIENTS MATCHES "1N0N") OR MAX.CLIENTS < 1 OR MAX.CLIENTS > 100000
      BAD = "MAXCLIENTS is not a number from 1 to 100000: ":MAX.CLIENTS
   CASE NOT(IDLE MATCHES "1N0N") OR IDLE > 86400
      BAD = "IDLE is not a number from 0 to 86400: ":IDLE
END CASE
IF BAD = "" THEN
   OPENPATH ROOT TO ROOT.DIR ELSE BAD = "ROOT is not a folder: ":ROOT
END
$INCLUDE USAGE.H
CRLF = CHAR(13) : CHAR(10)
LF = CHAR(10)
EQU MAX.HEAD TO 16384
EQU MAX.BODY TO 1048576
EQU MAX.QUEUED TO 262144
EQU ACCEPT.BATCH TO 16
EQU SEND.TIMEOUT TO 60
HEAD.TIMEOUT = 10
IF IDLE AND IDLE < HEAD.TIMEOUT THEN HEAD.TIMEOUT = IDLE
* Names for the Date header, which RFC 7231 wants in English whatever the locale.
DAY.NAMES = "Mon":@FM:"Tue":@FM:"Wed":@FM:"Thu":@FM:"Fri":@FM:"Sat":@FM:"Sun"
MONTH.NAMES = "Jan":@FM:"Feb":@FM:"Mar":@FM:"Apr":@FM:"May":@FM:"Jun"
MONTH.NAMES := @FM:"Jul":@FM:"Aug":@FM:"Sep":@FM:"Oct":@FM:"Nov":@FM:"Dec"
DATE.AT = ""

FLAGS = SKT$STREAM + SKT$TCP
IF ADDR[1, 1] = "/" OR ADDR[1, 2] = "./" THEN FLAGS = SKT$USTREAM
* HTTPS when the environment has MVBASIC_HTTPS=1: the certificate and key are TLS.CERT and TLS.KEY of
* mvbasic.conf (docs/sockets.md, "TLS"); every accepted connection is then TLS.
CTX = ""
IF ENV("MVBASIC_HTTPS") = "1" THEN
   CTX = CREATE.SECURITY.CONTEXT("", "", "")
   IF NOT(CTX) THEN
      PRINT "http_server: no TLS certificate: STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
      ABORT
   END
END
SRV = CREATE.SERVER.SOCKET(ADDR, PORT, FLAGS, CTX)
IF STATUS() THEN
   PRINT "http_server: cannot listen on [":ADDR:"]:":PORT:": STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
   ABORT
END
IF FLAGS = SKT$USTREAM THEN PRINT "LISTENING ":ADDR ELSE PRINT "LISTENING ":SOCKET.INFO(SRV, SKT$INFO.PORT)

STARTED = SYSTEM(1005)
REQUESTS = 0
ACCEPTED = 0
OPEN.NOW = 0
* Slot 1 holds the server; the clients sit in slots 2 to TOP with no gaps. The arrays are
* only as big as the clients need (SIZE slots): they double when full, up to MAXCLIENTS + 1,
* and halve when three quarters are unused; a client that leaves is closed at once and its
* gap filled at the end of the pass (COMPACT). So each SELECT.SOCKET, which looks at every
* element, costs in proportion to the clients connected now; the pass itself visits only
* the clients with events (SOCKET.READY). Per client: the bytes read and not yet
* answered (INBUF, searched for the end of a head up to SCANNED), the responses not yet
* written (OUTBUF), whether it closes once they are, whether it is watched for room to
* write, when it last did anything (SEEN) and when its unfinished request began (HEAD.AT).
SIZE = 16
DIM SKT(SIZE), INBUF(SIZE), SCANNED(SIZE), OUTBUF(SIZE), CLOSING(SIZE), WRITING(SIZE)
DIM SEEN(SIZE), HEAD.AT(SIZE)
SKT(1) = SRV
TOP = 1
GAPS = 0
NOW = EPOCH()
SWEPT = NOW

LOOP
   * Wake at least once a second to close idle connections and unfinished heads.
   N = SELECT.SOCKET(SKT, 1000)
   IF STATUS() AND STATUS() # 1011 THEN
      PRINT "http_server: SELECT.SOCKET failed: STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
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
   IF NOW # SWEPT THEN GOSUB DROP.IDLE
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
            GOSUB MAKE.DATE
            W = WRITE.SOCKET(CON, "HTTP/1.1 503 Service Unavailable":CRLF:"Date: ":HTTP.DATE:CRLF:"Retry-After: 1":CRLF:"Content-Length: 0":CRLF:"Connection: close":CRLF:CRLF, SKT$NON.BLOCKING, 0)
            CLOSE.SOCKET CON
            CONTINUE
         END
         SIZE = MIN(SIZE * 2, MAX.CLIENTS + 1)
         GOSUB RESIZE
      END
      ACCEPTED += 1
      OPEN.NOW += 1
      TOP += 1
      SKT(TOP) = CON
      INBUF(TOP) = ""
      SCANNED(TOP) = 0
      OUTBUF(TOP) = ""
      CLOSING(TOP) = 0
      WRITING(TOP) = 0
      SEEN(TOP) = NOW
      HEAD.AT(TOP) = ""
   NEXT K
   * Out of descriptors (or another accept failure): back off briefly instead of spinning.
   IF ST # 0 AND ST # 1011 THEN NAP 50
   RETURN

SERVE.CLIENT:
   SEEN(I) = NOW
   IF BITAND(EV, SKT$READ.EVENT) THEN
      X = READ.SOCKET(SKT(I), 65536, SKT$NON.BLOCKING, 0)
      ST = STATUS()
      IF ST = 1011 THEN RETURN
      IF ST THEN
         GOSUB DROP.CLIENT
         RETURN
      END
      IF INBUF(I) = "" THEN HEAD.AT(I) = NOW
      INBUF(I) := X
   END
   * Answers what has arrived, up to a queue's worth at a time; while the queue is written out
   * the client is watched only for room to write, so it is not read from until it drains.
   LOOP
      GOSUB ANSWER.REQUESTS
      GOSUB FLUSH.CLIENT
   WHILE MORE AND ASSIGNED(SKT(I)) DO
      IF LEN(OUTBUF(I)) THEN EXIT
   REPEAT
   RETURN

* Answers every complete request in INBUF(I) (clients may pipeline them) while less than
* MAX.QUEUED is queued; MORE is 1 when it stopped for that reason.
ANSWER.REQUESTS:
   MORE = 0
   LOOP
   UNTIL CLOSING(I) DO
      IF LEN(OUTBUF(I)) >= MAX.QUEUED THEN
         MORE = 1
         EXIT
      END
      GOSUB FIND.HEAD
      IF P = 0 OR P > MAX.HEAD THEN
         IF P OR LEN(INBUF(I)) > MAX.HEAD THEN GOSUB TOO.LARGE
         EXIT
      END
      HEAD = INBUF(I)[1, P - 1]
      GOSUB PARSE.REQUEST
      IF BODY.LEN > MAX.BODY THEN
         STATUS.LINE = "413 Content Too Large"
         BODY = "request body too large" : LF
         GOSUB REFUSE
         EXIT
      END
      IF BODY.LEN > LEN(INBUF(I)) - (P + SEP - 1) THEN EXIT
      INBUF(I) = INBUF(I)[P + SEP + BODY.LEN, LEN(INBUF(I))]
      SCANNED(I) = 0
      IF INBUF(I) = "" THEN HEAD.AT(I) = "" ELSE HEAD.AT(I) = NOW
      GOSUB ANSWER
   REPEAT
   RETURN

* Sets P to where the blank line that ends the first request head in INBUF(I) starts (0: not
* there yet) and SEP to its length (4 for CR LF CR LF, 2 for LF LF). Only the bytes not
* searched before are searched (from 3 back, as the blank line may straddle two reads), so a
* head that arrives in many small pieces costs one pass, not one per piece.
FIND.HEAD:
   FROM = MAX(1, SCANNED(I) - 2)
   REST = INBUF(I)[FROM, LEN(INBUF(I))]
   P = INDEX(REST, CRLF : CRLF, 1)
   SEP = 4
   Q = INDEX(REST, LF : LF, 1)
   IF Q AND (P = 0 OR Q < P) THEN
      P = Q
      SEP = 2
   END
   IF P THEN P += FROM - 1 ELSE SCANNED(I) = LEN(INBUF(I))
   RETURN

TOO.LARGE:
   STATUS.LINE = "431 Request Header Fields Too Large"
   BODY = "request head too large" : LF
   GOSUB REFUSE
   RETURN

* Answers STATUS.LINE and BODY, closes the connection once that is written, and forgets the
* rest of what the client sent.
REFUSE:
   CTYPE = "text/plain; charset=utf-8"
   LOCATION = ""
   KEEP = 0
   METHOD = "GET"
   GOSUB RESPOND
   INBUF(I) = ""
   HEAD.AT(I) = ""
   RETURN

* Splits HEAD into METHOD, TARGET, VERSION and the headers that matter here. The lines become
* the fields of a dynamic array (a mark byte in a header turns into a blank first), so that
* walking them with HEAD<L> is one pass.
PARSE.REQUEST:
   HEAD = CONVERT(@FM : LF, " " : @FM, CHANGE(HEAD, CHAR(13), ""))
   FIRST = HEAD<1>
   METHOD = FIELD(FIRST, " ", 1)
   TARGET = FIELD(FIRST, " ", 2)
   VERSION = FIELD(FIRST, " ", 3)
   CONN.HDR = ""
   HOST.COUNT = 0
   BODY.LEN = 0
   N.LINES = DCOUNT(HEAD, @FM)
   FOR L = 2 TO N.LINES
      H = HEAD<L>
      C = INDEX(H, ":", 1)
      IF C THEN
         H.NAME = UPCASE(TRIM(H[1, C - 1]))
         H.VALUE = TRIM(H[C + 1, LEN(H)])
         IF H.NAME = "CONNECTION" THEN CONN.HDR = DOWNCASE(H.VALUE)
         IF H.NAME = "HOST" THEN HOST.COUNT += 1
         IF H.NAME = "CONTENT-LENGTH" AND NUM(H.VALUE) AND H.VALUE # "" THEN BODY.LEN = INT(H.VALUE)
      END
   NEXT L
   IF VERSION = "HTTP/1.1" THEN KEEP = (CONN.HDR # "close") ELSE KEEP = (CONN.HDR = "keep-alive")
   RETURN

ANSWER:
   REQUESTS += 1
   CTYPE = "text/plain; charset=utf-8"
   LOCATION = ""
   BEGIN CASE
      CASE VERSION[1, 5] # "HTTP/" OR TARGET[1, 1] # "/"
         STATUS.LINE = "400 Bad Request"
         BODY = "bad request" : LF
         KEEP = 0
      CASE VERSION = "HTTP/1.1" AND HOST.COUNT # 1
         * RFC 7230 section 5.4: an HTTP/1.1 request carries exactly one Host header.
         STATUS.LINE = "400 Bad Request"
         IF HOST.COUNT THEN BODY = "more than one Host header" : LF ELSE BODY = "no Host header" : LF
         KEEP = 0
      CASE METHOD # "GET" AND METHOD # "HEAD"
         STATUS.LINE = "405 Method Not Allowed"
         BODY = "only GET and HEAD are served" : LF
         KEEP = 0
      CASE 1
         GOSUB FIND.RESOURCE
   END CASE
   GOSUB RESPOND
   RETURN

* Sets STATUS.LINE, CTYPE and BODY (and LOCATION for a redirect) for the path in TARGET.
FIND.RESOURCE:
   PATH = FIELD(TARGET, "?", 1)
   GOSUB DECODE.PATH
   IF PATH = "/status" THEN
      GOSUB STATUS.PAGE
      RETURN
   END
   IF PATH[LEN(PATH), 1] = "/" THEN PATH := "index.html"
   STATUS.LINE = "404 Not Found"
   BODY = "not found: " : PATH : LF
   * No way out of ROOT: no "..", no hidden names, no backslashes or control bytes.
   IF INDEX(PATH, "/.", 1) OR INDEX(PATH, "\", 1) OR INDEX(PATH, CHAR(0), 1) THEN RETURN
   FILE.NAME = FIELD(PATH, "/", COUNT(PATH, "/") + 1)
   * OSREAD takes ELSE for a missing file and for a folder alike. A folder named without its final
   * slash is redirected to the name with it, so that the links in its index.html resolve inside it.
   OSREAD CONTENT FROM ROOT : PATH ELSE
      * Out of descriptors (errno 24, or 23 for the whole system) the file may well exist:
      * 503 asks the client to try again, and closing the connection frees a descriptor.
      IF STATUS() = ER$IOE AND (OS.ERROR() = 24 OR OS.ERROR() = 23) THEN
         STATUS.LINE = "503 Service Unavailable"
         BODY = "out of resources, try again" : LF
         KEEP = 0
         RETURN
      END
      IF PATH[LEN(PATH), 1] # "/" THEN
         OPENPATH ROOT : PATH TO SUB.DIR THEN
            CLOSE SUB.DIR
            GOSUB REDIRECT.FOLDER
         END
      END
      RETURN
   END
   STATUS.LINE = "200 OK"
   BODY = CONTENT
   EXT = DOWNCASE(FIELD(FILE.NAME, ".", DCOUNT(FILE.NAME, ".")))
   BEGIN CASE
      CASE EXT = "html" OR EXT = "htm"
         CTYPE = "text/html; charset=utf-8"
      CASE EXT = "css"
         CTYPE = "text/css; charset=utf-8"
      CASE EXT = "js"
         CTYPE = "text/javascript; charset=utf-8"
      CASE EXT = "json"
         CTYPE = "application/json"
      CASE EXT = "svg"
         CTYPE = "image/svg+xml"
      CASE EXT = "txt"
         CTYPE = "text/plain; charset=utf-8"
      CASE EXT = "png"
         CTYPE = "image/png"
      CASE EXT = "jpg" OR EXT = "jpeg"
         CTYPE = "image/jpeg"
      CASE EXT = "gif"
         CTYPE = "image/gif"
      CASE EXT = "ico"
         CTYPE = "image/x-icon"
      CASE 1
         CTYPE = "application/octet-stream"
   END CASE
   RETURN

* 301 to the folder's name with a final slash: the path as the client wrote it (escapes and all), then
* its query string if it had one.
REDIRECT.FOLDER:
   STATUS.LINE = "301 Moved Permanently"
   LOCATION = FIELD(TARGET, "?", 1) : "/"
   IF INDEX(TARGET, "?", 1) THEN LOCATION := "?" : TARGET[COL2() + 1, LEN(TARGET)]
   BODY = "moved to " : LOCATION : LF
   RETURN

* %XX escapes in the path become their bytes.
DECODE.PATH:
   IF NOT(INDEX(PATH, "%", 1)) THEN RETURN
   DECODED = ""
   K = 1
   LOOP
   WHILE K <= LEN(PATH) DO
      CH = PATH[K, 1]
      HEX = PATH[K + 1, 2]
      IF CH = "%" AND LEN(HEX) = 2 AND CONVERT("0123456789ABCDEFabcdef", "", HEX) = "" THEN
         DECODED := CHAR(ICONV(UPCASE(HEX), "MX"))
         K += 3
      END ELSE
         DECODED := CH
         K += 1
      END
   REPEAT
   PATH = DECODED
   RETURN

STATUS.PAGE:
   STATUS.LINE = "200 OK"
   CTYPE = "application/json"
   UP = SYSTEM(1005) - STARTED
   BODY = "{" : LF
   BODY := '  "server": "mvbasic http_server.b",' : LF
   BODY := '  "pid": ' : SYSTEM(1031) : ',' : LF
   BODY := '  "uptime_seconds": ' : UP : ',' : LF
   BODY := '  "requests": ' : REQUESTS : ',' : LF
   BODY := '  "connections_accepted": ' : ACCEPTED : ',' : LF
   BODY := '  "connections_open": ' : OPEN.NOW : ',' : LF
   BODY := '  "time": "' : OCONV(TIME(), "MTS") : '",' : LF
   BODY := '  "date": "' : OCONV(DATE(), "D4-") : '"' : LF
   BODY := "}" : LF
   RETURN

* Queues the response for client I; a response that ends the connection marks it closing.
RESPOND:
   RESP = "HTTP/1.1 " : STATUS.LINE : CRLF
   GOSUB MAKE.DATE
   RESP := "Date: " : HTTP.DATE : CRLF
   RESP := "Server: mvbasic" : CRLF
   RESP := "Content-Type: " : CTYPE : CRLF
   RESP := "Content-Length: " : LEN(BODY) : CRLF
   IF STATUS.LINE[1, 3] = "405" THEN RESP := "Allow: GET, HEAD" : CRLF
   IF STATUS.LINE[1, 3] = "503" THEN RESP := "Retry-After: 1" : CRLF
   IF LOCATION # "" THEN RESP := "Location: " : LOCATION : CRLF
   IF KEEP THEN RESP := "Connection: keep-alive" : CRLF ELSE RESP := "Connection: close" : CRLF
   RESP := CRLF
   IF METHOD # "HEAD" THEN RESP := BODY
   OUTBUF(I) := RESP
   IF NOT(KEEP) THEN CLOSING(I) = 1
   RETURN

* Sets HTTP.DATE to the time now in RFC 7231's IMF-fixdate form, always GMT: "Sun, 06 Dec 2026 17:44:33
* GMT". EPOCH() counts seconds from 1970 in UTC, so its day (plus the 732 days from 31 December 1967 to
* 1 January 1970) is an internal date the D conversions can take apart. The text is made once a second.
MAKE.DATE:
   NOW = EPOCH()
   IF NOW = DATE.AT THEN RETURN
   DATE.AT = NOW
   UTC.DAY = INT(NOW / 86400) + 732
   HTTP.DATE = DAY.NAMES<OCONV(UTC.DAY, "DW")> : ", " : OCONV(UTC.DAY, "DD") : " "
   HTTP.DATE := MONTH.NAMES<OCONV(UTC.DAY, "DM")> : " " : OCONV(UTC.DAY, "DY") : " "
   HTTP.DATE := OCONV(MOD(NOW, 86400), "MTS") : " GMT"
   RETURN

* Writes what the client takes now. While output is pending the client is watched only
* for room to write, so a client that never reads costs one response, not a growing queue.
FLUSH.CLIENT:
   IF LEN(OUTBUF(I)) THEN
      W = WRITE.SOCKET(SKT(I), OUTBUF(I), SKT$NON.BLOCKING, 0)
      ST = STATUS()
      IF ST # 0 AND ST # 1011 THEN
         GOSUB DROP.CLIENT
         RETURN
      END
      OUTBUF(I) = OUTBUF(I)[W + 1, LEN(OUTBUF(I))]
      IF OUTBUF(I) = "" AND INBUF(I) # "" THEN HEAD.AT(I) = NOW
   END
   IF LEN(OUTBUF(I)) THEN
      IF NOT(WRITING(I)) THEN
         R = SET.SOCKET.MODE(SKT(I), SKT$INFO.EVENTS, SKT$WRITE.EVENT)
         WRITING(I) = 1
      END
      RETURN
   END
   IF CLOSING(I) THEN
      GOSUB DROP.CLIENT
      RETURN
   END
   * Requests that arrived meanwhile wait in the socket; the next SELECT reports them.
   IF WRITING(I) THEN
      R = SET.SOCKET.MODE(SKT(I), SKT$INFO.EVENTS, SKT$READ.EVENT)
      WRITING(I) = 0
   END
   RETURN

* Closes client I; its slot stays empty until COMPACT fills it.
DROP.CLIENT:
   CLOSE.SOCKET SKT(I)
   INBUF(I) = ""
   OUTBUF(I) = ""
   OPEN.NOW -= 1
   GAPS += 1
   RETURN

* Once a second: closes the connections idle for IDLE seconds (neither sending nor taking
* anything), and those whose unfinished request began HEAD.TIMEOUT seconds ago. While
* responses are being written the head clock stands still (it restarts when they are), and
* the limit is SEND.TIMEOUT: the kernel's send buffer can hold megabytes, so a client that
* reads slowly may take seconds to make room for more, and only then is it seen to read.
DROP.IDLE:
   SWEPT = NOW
   FOR I = 2 TO TOP
      IF ASSIGNED(SKT(I)) THEN
         BEGIN CASE
            CASE LEN(OUTBUF(I))
               IF NOW - SEEN(I) >= SEND.TIMEOUT THEN GOSUB DROP.CLIENT
            CASE IDLE AND NOW - SEEN(I) >= IDLE
               GOSUB DROP.CLIENT
            CASE HEAD.AT(I) = ""
               NULL
            CASE NOW - HEAD.AT(I) >= HEAD.TIMEOUT
               GOSUB DROP.CLIENT
         END CASE
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
            INBUF(J) = INBUF(K)
            INBUF(K) = ""
            OUTBUF(J) = OUTBUF(K)
            OUTBUF(K) = ""
            SCANNED(J) = SCANNED(K)
            CLOSING(J) = CLOSING(K)
            WRITING(J) = WRITING(K)
            SEEN(J) = SEEN(K)
            HEAD.AT(J) = HEAD.AT(K)
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
   DIM SKT(SIZE), INBUF(SIZE), SCANNED(SIZE), OUTBUF(SIZE), CLOSING(SIZE), WRITING(SIZE)
   DIM SEEN(SIZE), HEAD.AT(SIZE)
   RETURN
END
