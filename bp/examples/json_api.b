* json_api.b - a small JSON API over HTTP/1.1, written with QM 3.x's modern BASIC: a class module
* (ITEM.STORE, beside this program) keeps the items, JPARSE and JBUILD read and write JSON, and
* TRY/CATCH turns every failure, in this program or inside a method, into an HTTP error reply whose
* body is JSON too.
*
*   mvbasic run bp/examples/json_api.b [PORT [ADDRESS]]
*
*   PORT     TCP port, 0 to 65535, default 8081 (0: the system chooses; see the LISTENING line)
*   ADDRESS  "" or omitted for every address, 127.0.0.1, or ::1 (IPV6=1 in mvbasic.conf)
*
* Routes (answers are application/json):
*   GET    /health      {"items":n,"requests":n,"status":"ok"}
*   GET    /items       {"count":n,"items":[item, ...]}
*   POST   /items       body {"name":"text","qty":n}: 201 Created, the new item, and its Location
*   GET    /items/ID    the item {"id":ID,"name":"text","qty":n}
*   PUT    /items/ID    body as for POST: the item, changed
*   DELETE /items/ID    204 No Content
* Errors: a body that is not JSON is 400, with where the error is; an item that is not valid 422; an
* unknown item or path 404; another method 405 (with an Allow header); a request that does not arrive
* within 5 seconds 408; a head over 16 KB or a body over 1 MB 413. Each error body is {"error":"why"}.
* One request is answered per connection (Connection: close), one connection at a time.
*
* Try it:   mvbasic run bp/examples/json_api.b 8081 &
*           curl -s -d '{"name":"bolts","qty":40}' http://127.0.0.1:8081/items
*           curl -s http://127.0.0.1:8081/items
$INCLUDE KEYS.H
$INCLUDE ARGS.H
PROG.NAME = "json_api"
USAGE = "usage: mvbasic run json_api.b [PORT [ADDRESS]]"
USAGE<-1> = "  PORT     TCP port, 0 to 65535 (default 8081; 0: the system chooses)"
USAGE<-1> = '  ADDRESS  "" for every address, 127.0.0.1 or ::1'
PORT = ARGS<1>
IF PORT = "" THEN PORT = 8081
ADDR = ARGS<2>
BAD = ""
BEGIN CASE
   CASE N.ARGS > 2
      BAD = "too many arguments"
   CASE NOT(PORT MATCHES "1N0N") OR PORT > 65535
      BAD = "PORT is not a number from 0 to 65535: ":PORT
   CASE ADDR[1, 1] = "-"
      BAD = "unknown option ":ADDR
END CASE
$INCLUDE USAGE.H

CRLF = CHAR(13) : CHAR(10)
EQU MAX.HEAD TO 16384
EQU MAX.BODY TO 1048576
EQU WAIT.MS TO 5000
* Each exception this program raises or expects, and the HTTP status it becomes.
EXC.NAMES = "HTTP.BAD.REQUEST":@FM:"HTTP.NOT.FOUND":@FM:"HTTP.NOT.ALLOWED":@FM:"HTTP.TIMEOUT"
EXC.NAMES := @FM:"HTTP.TOO.LARGE":@FM:"ITEM.NOT.FOUND":@FM:"ITEM.INVALID"
EXC.CODES = 400:@FM:404:@FM:405:@FM:408:@FM:413:@FM:404:@FM:422
CODES = 200:@FM:201:@FM:204:@FM:400:@FM:404:@FM:405:@FM:408:@FM:413:@FM:422:@FM:500
REASONS = "OK":@FM:"Created":@FM:"No Content":@FM:"Bad Request":@FM:"Not Found":@FM:"Method Not Allowed"
REASONS := @FM:"Request Timeout":@FM:"Content Too Large":@FM:"Unprocessable Content":@FM:"Internal Server Error"

STORE = OBJECT("ITEM.STORE")
REQUESTS = 0
SRV = CREATE.SERVER.SOCKET(ADDR, PORT, SKT$STREAM + SKT$TCP)
IF STATUS() THEN
   PRINT "json_api: cannot listen on [":ADDR:"]:":PORT:": STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
   ABORT
END
PRINT "LISTENING ":SOCKET.INFO(SRV, SKT$INFO.PORT)

LOOP
   CON = ACCEPT.SOCKET.CONNECTION(SRV, 0)
   IF STATUS() = 0 THEN
      GOSUB SERVE.ONE
      CLOSE.SOCKET CON
   END
REPEAT

* Reads one request from CON and answers it. Whatever goes wrong becomes an error reply here.
SERVE.ONE:
   REQUESTS += 1
   REPLY.CODE = 200
   REPLY.BODY = ""
   EXTRA = ""
   TRY
      GOSUB READ.REQUEST
      GOSUB ROUTE
   CATCH HTTP, ITEM
      LOCATE @EXCEPTION IN EXC.NAMES SETTING POS THEN REPLY.CODE = EXC.CODES<POS> ELSE REPLY.CODE = 500
      GOSUB ERROR.BODY
   CATCH PEER.GONE
      RETURN
   CATCH SYS$ANY
      * A fault in this program: the client still gets an answer, and the server goes on.
      REPLY.CODE = 500
      @EXCEPTION.DATA = @EXCEPTION : " " : @EXCEPTION.DATA
      GOSUB ERROR.BODY
   END
   GOSUB SEND.REPLY
   RETURN

ERROR.BODY:
   ERR = COLLECTION()
   ERR{'error'} = @EXCEPTION.DATA
   REPLY.BODY = JBUILD(ERR)
   RETURN

* Sets METHOD, TARGET and BODY, or throws an HTTP exception (PEER.GONE when the client has gone).
READ.REQUEST:
   BUF = ""
   LOOP
      P = INDEX(BUF, CRLF : CRLF, 1)
   UNTIL P DO
      IF LEN(BUF) > MAX.HEAD THEN THROW "HTTP.TOO.LARGE", "the request head is over ":MAX.HEAD:" bytes"
      GOSUB RECEIVE
   REPEAT
   * FIELD and DCOUNT take a one-character delimiter, so the head's lines are split at LF.
   HEAD = CHANGE(BUF[1, P - 1], CRLF, CHAR(10))
   BODY = BUF[P + 4, LEN(BUF)]
   FIRST = FIELD(HEAD, CHAR(10), 1)
   METHOD = FIELD(FIRST, " ", 1)
   TARGET = FIELD(FIRST, " ", 2)
   IF METHOD = "" OR TARGET[1, 1] # "/" THEN THROW "HTTP.BAD.REQUEST", "not an HTTP request line: ":FIRST
   BODY.LEN = 0
   N.LINES = DCOUNT(HEAD, CHAR(10))
   FOR L = 2 TO N.LINES
      H = FIELD(HEAD, CHAR(10), L)
      C = INDEX(H, ":", 1)
      IF C AND UPCASE(TRIM(H[1, C - 1])) = "CONTENT-LENGTH" THEN
         BODY.LEN = TRIM(H[C + 1, LEN(H)])
         IF NOT(BODY.LEN MATCHES "1N0N") THEN THROW "HTTP.BAD.REQUEST", "a bad Content-Length: ":BODY.LEN
      END
   NEXT L
   IF BODY.LEN > MAX.BODY THEN THROW "HTTP.TOO.LARGE", "the body is over ":MAX.BODY:" bytes"
   BUF = BODY
   LOOP WHILE LEN(BUF) < BODY.LEN DO GOSUB RECEIVE REPEAT
   BODY = BUF[1, BODY.LEN]
   RETURN

RECEIVE:
   X = READ.SOCKET(CON, 65536, SKT$BLOCKING, WAIT.MS)
   ST = STATUS()
   IF ST = 1011 THEN THROW "HTTP.TIMEOUT", "no complete request within ":WAIT.MS / 1000:" seconds"
   IF ST THEN THROW "PEER.GONE", ST
   BUF := X
   RETURN

* Runs the method asked for on the path asked for; sets REPLY.CODE and REPLY.BODY.
ROUTE:
   PATH = FIELD(TARGET, "?", 1)
   IF PATH[LEN(PATH), 1] = "/" AND LEN(PATH) > 1 THEN PATH = PATH[1, LEN(PATH) - 1]
   ID = FIELD(PATH, "/", 3)
   BEGIN CASE
      CASE PATH = "/health"
         ALLOW = "GET"
         GOSUB CHECK.METHOD
         R = COLLECTION()
         R{'status'} = "ok"
         R{'requests'} = REQUESTS
         R{'items'} = STORE->COUNT
         REPLY.BODY = JBUILD(R)
      CASE PATH = "/items"
         ALLOW = "GET, POST"
         GOSUB CHECK.METHOD
         IF METHOD = "GET" THEN
            R = COLLECTION()
            R{'items'} = STORE->ALL
            R{'count'} = STORE->COUNT
            REPLY.BODY = JBUILD(R)
         END ELSE
            GOSUB PARSE.BODY
            ITEM = STORE->ADD(DOC)
            REPLY.CODE = 201
            REPLY.BODY = JBUILD(ITEM)
            EXTRA = "Location: /items/" : ITEM{'id'} : CRLF
         END
      CASE FIELD(PATH, "/", 2) = "items" AND DCOUNT(PATH, "/") = 3
         ALLOW = "GET, PUT, DELETE"
         GOSUB CHECK.METHOD
         BEGIN CASE
            CASE METHOD = "GET"
               REPLY.BODY = JBUILD(STORE->FETCH(ID))
            CASE METHOD = "PUT"
               GOSUB PARSE.BODY
               REPLY.BODY = JBUILD(STORE->UPDATE(ID, DOC))
            CASE 1
               STORE->DROP(ID)
               REPLY.CODE = 204
         END CASE
      CASE 1
         THROW "HTTP.NOT.FOUND", "no such path: ":PATH
   END CASE
   RETURN

CHECK.METHOD:
   ALLOWED = CONVERT(", ", @FM, ALLOW)
   LOCATE METHOD IN ALLOWED SETTING POS ELSE
      EXTRA = "Allow: " : ALLOW : CRLF
      THROW "HTTP.NOT.ALLOWED", METHOD : " is not allowed on " : PATH
   END
   RETURN

PARSE.BODY:
   DOC = JPARSE(BODY)
   IF STATUS() THEN THROW "HTTP.BAD.REQUEST", "the body is not JSON (error at character ":INMAT():")"
   RETURN

SEND.REPLY:
   LOCATE REPLY.CODE IN CODES SETTING POS ELSE POS = DCOUNT(CODES, @FM)
   OUT = "HTTP/1.1 " : CODES<POS> : " " : REASONS<POS> : CRLF
   IF REPLY.CODE # 204 THEN
      OUT := "Content-Type: application/json" : CRLF
      OUT := "Content-Length: " : LEN(REPLY.BODY) : CRLF
   END
   OUT := EXTRA : "Connection: close" : CRLF : CRLF : REPLY.BODY
   W = WRITE.SOCKET(CON, OUT, SKT$BLOCKING, WAIT.MS)
   RETURN
