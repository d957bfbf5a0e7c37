* serve_echo1.b - the echo service written one request per run, for `mvbasic serve --requeue`: each run reads
* what the client has sent (one read, up to 64 KB), sends it back and ends without closing @SOCKET. The
* server then holds the connection, without a worker, until the client sends again (the next run, perhaps in
* another worker) or leaves, or the idle timeout closes it. So a few workers serve many keep-alive clients.
*
*   mvbasic serve bp/examples/serve_echo1.b --requeue --listen 127.0.0.1 --port 7007 --workers 2
*   printf 'hello\n' | nc -q1 127.0.0.1 7007
*
* Without --requeue it still works, but each connection gets one answer and is then closed. A client that
* sends "QUIT" (alone on a line) is answered "BYE" and the program closes the connection with CLOSE.SOCKET.
* Run by hand, without a connection in @SOCKET, it says so, prints its usage and exits with status 2; --help
* prints the usage (ARGS.H, USAGE.H).
$INCLUDE KEYS.H
$INCLUDE ARGS.H
PROG.NAME = "serve_echo1"
USAGE = "usage: mvbasic serve serve_echo1.b --requeue --port PORT [options]   (see mvbasic serve --help)"
USAGE<-1> = "  It takes no arguments; the connection it serves arrives as @SOCKET."
BAD = ""
IF N.ARGS THEN BAD = "it takes no arguments"
IF BAD = "" AND NOT(SOCKET.INFO(@SOCKET, SKT$INFO.OPEN)) THEN BAD = "no connection in @SOCKET: run it under mvbasic serve"
$INCLUDE USAGE.H

SKT = @SOCKET
DATA = READ.SOCKET(SKT, 65536, 0, 10000)
IF STATUS() THEN
   CLOSE.SOCKET SKT
   STOP
END
IF TRIM(CONVERT(CHAR(13):CHAR(10), "  ", DATA)) = "QUIT" THEN
   N = WRITE.SOCKET(SKT, "BYE":CHAR(10), 0, 10000)
   CLOSE.SOCKET SKT
   STOP
END
N = WRITE.SOCKET(SKT, DATA, 0, 10000)
* Ending without CLOSE.SOCKET leaves the connection to the server for the next request.
