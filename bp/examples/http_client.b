* http_client.b - fetches one page over HTTP/1.1 and prints its body.
*
*   mvbasic run bp/examples/http_client.b URL [-i]
*
*   URL   http://HOST[:PORT][/PATH]; HOST may be a name, an IPv4 address or an IPv6
*         address in brackets ([::1] needs IPV6=1 in mvbasic.conf). There is no TLS, so
*         https:// is refused.
*   -i    print the status line and headers before the body
*
* It sends "Connection: close" and reads until the server closes (or the Content-Length
* has arrived), decoding a chunked body. A connection or read failure prints a message
* and exits with status 1. A bad argument (no URL, an https URL, a port that is not a
* number from 1 to 65535, an unknown option, too many arguments) prints what is wrong and
* the usage and exits with status 2; --help prints the usage (ARGS.H, USAGE.H).
*
* Try it:   mvbasic run bp/examples/http_server.b 8080 &
*           mvbasic run bp/examples/http_client.b http://127.0.0.1:8080/hello.txt
$INCLUDE KEYS.H
$INCLUDE ARGS.H
PROG.NAME = "http_client"
USAGE = "usage: mvbasic run http_client.b URL [-i]"
USAGE<-1> = "  URL  http://HOST[:PORT][/PATH] (PORT 1 to 65535, default 80; no https)"
USAGE<-1> = "  -i   print the status line and headers before the body"
CRLF = CHAR(13) : CHAR(10)
LF = CHAR(10)
URL = ""
SHOW.HEAD = 0
BAD = ""
FOR A = 1 TO N.ARGS UNTIL BAD # ""
   BEGIN CASE
      CASE ARGS<A> = "-i"
         SHOW.HEAD = 1
      CASE ARGS<A>[1, 1] = "-"
         BAD = "unknown option ":ARGS<A>
      CASE URL = ""
         URL = ARGS<A>
         IF URL = "" THEN BAD = "URL is empty"
      CASE 1
         BAD = "too many arguments"
   END CASE
NEXT A
IF BAD = "" AND URL = "" THEN BAD = "URL is missing"
IF BAD = "" THEN GOSUB SPLIT.URL
$INCLUDE USAGE.H

SKT = OPEN.SOCKET(HOST, PORT, SKT$BLOCKING, 10)
IF STATUS() THEN
   PRINT "http_client: cannot connect to ":HOSTPORT:": STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
   ABORT
END
REQ = "GET " : PATH : " HTTP/1.1" : CRLF
REQ := "Host: " : HOSTPORT : CRLF
REQ := "User-Agent: mvbasic-http-client" : CRLF
REQ := "Accept: */*" : CRLF
REQ := "Connection: close" : CRLF : CRLF
N = WRITE.SOCKET(SKT, REQ, SKT$BLOCKING, 10000)
IF STATUS() THEN
   PRINT "http_client: cannot send the request: STATUS ":STATUS():", OS.ERROR ":OS.ERROR()
   ABORT
END

* Read until the server closes, the body is complete, or 10 s pass without data.
RESPONSE = ""
HEAD.END = 0
WANT = -1
READS = 0
LOOP
   X = READ.SOCKET(SKT, 65536, SKT$BLOCKING, 10000)
   ST = STATUS()
WHILE ST = 0 AND READS < 1000000 DO
   READS += 1
   RESPONSE := X
   IF NOT(HEAD.END) THEN
      HEAD.END = INDEX(RESPONSE, CRLF : CRLF, 1)
      IF HEAD.END THEN GOSUB READ.HEADERS
   END
   IF WANT >= 0 AND LEN(RESPONSE) - HEAD.END - 3 >= WANT THEN EXIT
REPEAT
IF ST # 0 AND ST # 7013 THEN
   PRINT "http_client: reading the response failed: STATUS ":ST:", OS.ERROR ":OS.ERROR()
   ABORT
END
CLOSE.SOCKET SKT
IF NOT(HEAD.END) THEN
   PRINT "http_client: the server sent no complete response"
   ABORT
END

BODY = RESPONSE[HEAD.END + 4, LEN(RESPONSE)]
IF CHUNKED THEN GOSUB DECHUNK
IF SHOW.HEAD THEN PRINT CHANGE(HEAD, CRLF, LF) : LF
PRINT BODY :
STOP

READ.HEADERS:
   HEAD = RESPONSE[1, HEAD.END - 1]
   CHUNKED = 0
   LINES = CHANGE(HEAD, CRLF, @FM)
   FOR L = 2 TO DCOUNT(LINES, @FM)
      H.NAME = UPCASE(TRIM(FIELD(LINES<L>, ":", 1)))
      H.VALUE = TRIM(LINES<L>[COL2() + 1, LEN(LINES<L>)])
      IF H.NAME = "CONTENT-LENGTH" AND NUM(H.VALUE) AND H.VALUE # "" THEN WANT = INT(H.VALUE)
      IF H.NAME = "TRANSFER-ENCODING" AND INDEX(DOWNCASE(H.VALUE), "chunked", 1) THEN CHUNKED = 1
   NEXT L
   IF CHUNKED THEN WANT = -1
   RETURN

* Transfer-Encoding: chunked - hex size line, data, CRLF, ... ending with a 0 size.
DECHUNK:
   PLAIN = ""
   POS = 1
   LOOP
      EOL = INDEX(BODY[POS, LEN(BODY)], CRLF, 1)
   WHILE EOL DO
      SIZE.HEX = TRIM(FIELD(BODY[POS, EOL - 1], ";", 1))
      SIZE = ICONV(UPCASE(SIZE.HEX), "MX")
      IF SIZE = "" OR SIZE = 0 THEN EXIT
      PLAIN := BODY[POS + EOL + 1, SIZE]
      POS += EOL + 1 + SIZE + 2
   REPEAT
   BODY = PLAIN
   RETURN
* Splits URL into HOST, PORT, HOSTPORT and PATH; sets BAD when it is not an http URL this client can use.
SPLIT.URL:
   IF DOWNCASE(URL[1, 8]) = "https://" THEN
      BAD = "https is not supported (mvbasic has no TLS): ":URL
      RETURN
   END
   REST = URL
   IF DOWNCASE(REST[1, 7]) = "http://" THEN REST = REST[8, LEN(REST)]
   SLASH = INDEX(REST, "/", 1)
   IF SLASH THEN
      HOSTPORT = REST[1, SLASH - 1]
      PATH = REST[SLASH, LEN(REST)]
   END ELSE
      HOSTPORT = REST
      PATH = "/"
   END
   PORT = 80
   IF HOSTPORT[1, 1] = "[" THEN
      CLOSE.BR = INDEX(HOSTPORT, "]", 1)
      HOST = HOSTPORT[2, CLOSE.BR - 2]
      IF HOSTPORT[CLOSE.BR + 1, 1] = ":" THEN PORT = HOSTPORT[CLOSE.BR + 2, LEN(HOSTPORT)]
   END ELSE
      HOST = FIELD(HOSTPORT, ":", 1)
      IF INDEX(HOSTPORT, ":", 1) THEN PORT = FIELD(HOSTPORT, ":", 2)
   END
   BEGIN CASE
      CASE HOST = ""
         BAD = "no host in the URL ":URL
      CASE NOT(PORT MATCHES "1N0N") OR PORT < 1 OR PORT > 65535
         BAD = "the port in the URL is not a number from 1 to 65535: ":URL
   END CASE
   RETURN
END
