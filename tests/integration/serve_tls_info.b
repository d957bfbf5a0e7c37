* serve_tls_info.b - the program of test_serve_tls.py, run by `mvbasic serve` once per request. It reads one
* line from @SOCKET and answers with what SOCKET.INFO knows of the secure connection, then the line, and
* ends without closing @SOCKET (under --requeue a TLS connection then stays in its worker for the next run).
$INCLUDE KEYS.H
SKT = @SOCKET
LINE = READ.SOCKET(SKT, 1000, 0, 5000)
IF STATUS() THEN STOP
R = "tls=":SOCKET.INFO(SKT, SKT$INFO.TLS):" version=":SOCKET.INFO(SKT, SKT$INFO.TLS.VERSION)
R := " peer=":SOCKET.INFO(SKT, SKT$INFO.TLS.PEER):" verify=":SOCKET.INFO(SKT, SKT$INFO.TLS.VERIFY)
R := " got=":LINE
N = WRITE.SOCKET(SKT, R, 0, 5000)
