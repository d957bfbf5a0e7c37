* serve_http.b - a per-connection HTTP responder for `mvbasic serve`. The server runs it once per connection,
* in a worker, with the connection as @SOCKET: it reads one request, answers it and closes (Connection: close),
* so the pool's workers, not an event loop, give the concurrency.
* Under `mvbasic serve --requeue` (the server sets MVBASIC_SERVE_REQUEUE=1 for its workers) it answers an
* HTTP/1.1 request that does not ask for "Connection: close" with "Connection: keep-alive" and ends without
* closing @SOCKET: the connection goes back to the server, and its next request is a new run, perhaps in
* another worker. Pipelined requests (bytes after the first head) are answered once and closed.
*
*   mvbasic serve bp/examples/serve_http.b --listen 127.0.0.1 --port 8080 --workers 4
*   curl http://127.0.0.1:8080/hello
*
* GET and HEAD of any path answer 200 with a short text naming the path and the worker (@USERNO); another
* method answers 405, a request line that is not "METHOD PATH HTTP/x.y" 400, and a request head over 8 KB
* 431. A client that sends no complete request head within 5 seconds is answered 408.
* Run by hand, without a connection in @SOCKET, it says so, prints its usage and exits with status 2; --help
* prints the usage (ARGS.H, USAGE.H).
$INCLUDE KEYS.H
$INCLUDE ARGS.H
PROG.NAME = "serve_http"
USAGE = "usage: mvbasic serve serve_http.b --port PORT [options]   (see mvbasic serve --help)"
USAGE<-1> = "  It takes no arguments; the connection it serves arrives as @SOCKET."
BAD = ""
IF N.ARGS THEN BAD = "it takes no arguments"
IF BAD = "" AND NOT(SOCKET.INFO(@SOCKET, SKT$INFO.OPEN)) THEN BAD = "no connection in @SOCKET: run it under mvbasic serve"
$INCLUDE USAGE.H

CRLF = CHAR(13):CHAR(10)
MAX.HEAD = 8192
SKT = @SOCKET
HEAD = ""
CODE = 0
* Read until the blank line that ends the head, for at most five seconds in all.
FOR TRY = 1 TO 50 UNTIL INDEX(HEAD, CRLF:CRLF, 1) OR CODE
   HEAD := READ.SOCKET(SKT, 4096, 0, 100)
   BEGIN CASE
      CASE STATUS() = 1011
         NULL
      CASE STATUS()
         CODE = -1
      CASE LEN(HEAD) > MAX.HEAD AND NOT(INDEX(HEAD[1, MAX.HEAD], CRLF:CRLF, 1))
         CODE = 431
   END CASE
NEXT TRY
IF CODE = -1 THEN STOP
IF CODE = 0 AND NOT(INDEX(HEAD, CRLF:CRLF, 1)) THEN CODE = 408

LINE = FIELD(HEAD, CRLF, 1)
METHOD = FIELD(LINE, " ", 1)
PATH = FIELD(LINE, " ", 2)
VERSION = FIELD(LINE, " ", 3)
IF CODE = 0 THEN
   BEGIN CASE
      CASE DCOUNT(LINE, " ") # 3 OR PATH[1, 1] # "/" OR NOT(VERSION MATCHES "'HTTP/'1N'.'1N")
         CODE = 400
      CASE METHOD # "GET" AND METHOD # "HEAD"
         CODE = 405
      CASE 1
         CODE = 200
   END CASE
END
BEGIN CASE
   CASE CODE = 200
      REASON = "OK"
      BODY = "Hello from mvbasic serve: ":PATH:" (worker ":@USERNO:")":CHAR(10)
   CASE CODE = 400
      REASON = "Bad Request"
      BODY = "bad request line":CHAR(10)
   CASE CODE = 405
      REASON = "Method Not Allowed"
      BODY = "only GET and HEAD":CHAR(10)
   CASE CODE = 408
      REASON = "Request Timeout"
      BODY = "no complete request":CHAR(10)
   CASE 1
      REASON = "Request Header Fields Too Large"
      BODY = "the request head is over ":MAX.HEAD:" bytes":CHAR(10)
END CASE
REPLY = "HTTP/1.1 ":CODE:" ":REASON:CRLF
REPLY := "Content-Type: text/plain; charset=utf-8":CRLF
REPLY := "Content-Length: ":LEN(BODY):CRLF
* Keep the connection for its next request only when the server requeues it and the client wants that.
KEEP = ENV("MVBASIC_SERVE_REQUEUE") = "1" AND CODE = 200 AND VERSION = "HTTP/1.1"
IF KEEP THEN
   IF INDEX(DOWNCASE(HEAD), CRLF:"connection: close", 1) THEN KEEP = 0
   IF LEN(HEAD) # INDEX(HEAD, CRLF:CRLF, 1) + 3 THEN KEEP = 0
END
IF KEEP THEN
   REPLY := "Connection: keep-alive":CRLF:CRLF
END ELSE
   REPLY := "Connection: close":CRLF:CRLF
END
IF METHOD # "HEAD" OR CODE # 200 THEN REPLY := BODY
N = WRITE.SOCKET(SKT, REPLY, 0, 5000)
IF KEEP AND STATUS() = 0 THEN STOP
CLOSE.SOCKET SKT
