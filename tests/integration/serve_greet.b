* serve_greet.b - a server-first program for test_serve.py: it greets the client before reading anything,
* then answers one line. Run by `mvbasic serve --server-first`.
$INCLUDE KEYS.H
SKT = @SOCKET
N = WRITE.SOCKET(SKT, "hello from ":@USERNO:" phantom ":SYSTEM(25):CHAR(10), 0, 5000)
LINE = READ.SOCKET(SKT, 1000, 0, 5000)
IF STATUS() = 0 THEN N = WRITE.SOCKET(SKT, "bye ":LINE, 0, 5000)
CLOSE.SOCKET SKT
