* huge_maxlen.b - READ.SOCKET with a huge max.len allocates for what arrives, not for
* max.len (run by test_limits.py, which also checks the process's peak memory).
$INCLUDE KEYS.H

SRV = CREATE.SERVER.SOCKET("127.0.0.1", 0, 0)
P = SOCKET.INFO(SRV, SKT$INFO.PORT)
CLI = OPEN.SOCKET("127.0.0.1", P, 0)
CON = ACCEPT.SOCKET.CONNECTION(SRV, 5000)
PRINT "SETUP=":STATUS()

N = WRITE.SOCKET(CLI, "0123456789", 0, 5000)
X = READ.SOCKET(CON, 2000000000, 0, 5000)
PRINT "SMALL=":LEN(X):" STATUS=":STATUS()

* 300,000 bytes queued; reads with a huge max.len return at most what is queued.
N = WRITE.SOCKET(CLI, STR("z", 300000), 0, 5000)
GOT = 0
READS = 0
LOOP
WHILE GOT < 300000 AND READS < 1000 DO
   X = READ.SOCKET(CON, 2000000000, 0, 5000)
   IF STATUS() THEN EXIT
   GOT += LEN(X)
   READS += 1
REPEAT
PRINT "LARGE=":GOT

* Nothing queued: the read times out without taking memory.
X = READ.SOCKET(CON, 2000000000, 0, 100)
PRINT "IDLE=":STATUS()

* The peer closes: 7013 at once.
CLOSE.SOCKET CLI
X = READ.SOCKET(CON, 2000000000, 0, 5000)
PRINT "CLOSED=":STATUS()

* UDP: one datagram, whatever max.len says.
U = CREATE.SERVER.SOCKET("127.0.0.1", 0, SKT$UDP)
UC = OPEN.SOCKET("127.0.0.1", SOCKET.INFO(U, SKT$INFO.PORT), SKT$UDP)
N = WRITE.SOCKET(UC, "dgram", 0, 5000)
X = READ.SOCKET(U, 2000000000, 0, 5000)
PRINT "UDP=":X:" STATUS=":STATUS()
END
