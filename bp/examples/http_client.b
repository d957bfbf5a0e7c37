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
* and exits with status 1.
*
* Try it:   mvbasic run bp/examples/http_server.b 8080 &
*           mvbasic run bp/examples/http_client.b http://127.0.0.1:8080/hello.txt
$INCLUDE KEYS.H

URL = FIELD(@SENTENCE, " ", 3)
SHOW.HEAD = (FIELD(@SENTENCE, " ", 4) = "-i")
CRLF = CHAR(13) : CHAR(10)
LF = CHAR(10)
IF URL = "" THEN
   PRINT "usage: mvbasic run http_client.b http://HOST[:PORT][/PATH] [-i]"
   ABORT
END
IF DOWNCASE(URL[1, 8]) = "https://" THEN
   PRINT "http_client: https is not supported (mvbasic has no TLS)"
   ABORT
END
IF DOWNCASE(URL[1, 7]) = "http://" THEN URL = URL[8, LEN(URL)]

* Split HOST[:PORT] from /PATH.
SLASH = INDEX(URL, "/", 1)
IF SLASH THEN
   HOSTPORT = URL[1, SLASH - 1]
   PATH = URL[SLASH, LEN(URL)]
END ELSE
   HOSTPORT = URL
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
IF HOST = "" OR NOT(NUM(PORT)) OR PORT = "" THEN
   PRINT "http_client: cannot understand the address ":HOSTPORT
   ABORT
END

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
END
