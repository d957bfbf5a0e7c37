* serve_echo.b - the echo service for `mvbasic serve`: sends every byte the client sends straight back,
* until the client closes. The server runs it once per connection, in a worker, with the connection as
* @SOCKET; it serves that one client and ends.
*
*   mvbasic serve bp/examples/serve_echo.b --listen 127.0.0.1 --port 7007 --workers 4
*   printf 'hello\n' | nc -q1 127.0.0.1 7007
*
* The reads wait up to IDLE seconds (60) for data; a client that stays silent that long is let go (the
* server's --idle-timeout usually closes it first). Run by hand, without a connection in @SOCKET, it says so,
* prints its usage and exits with status 2; --help prints the usage (ARGS.H, USAGE.H).
$INCLUDE KEYS.H
$INCLUDE ARGS.H
PROG.NAME = "serve_echo"
USAGE = "usage: mvbasic serve serve_echo.b --port PORT [options]   (see mvbasic serve --help)"
USAGE<-1> = "  It takes no arguments; the connection it serves arrives as @SOCKET."
BAD = ""
IF N.ARGS THEN BAD = "it takes no arguments"
IF BAD = "" AND NOT(SOCKET.INFO(@SOCKET, SKT$INFO.OPEN)) THEN BAD = "no connection in @SOCKET: run it under mvbasic serve"
$INCLUDE USAGE.H

IDLE = 60
SKT = @SOCKET
LOOP
   DATA = READ.SOCKET(SKT, 65536, 0, IDLE * 1000)
WHILE STATUS() = 0 DO
   N = WRITE.SOCKET(SKT, DATA, 0, IDLE * 1000)
UNTIL STATUS() DO
REPEAT
CLOSE.SOCKET SKT
