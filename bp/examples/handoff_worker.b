* handoff_worker.b - serves one connection that handoff_server.b handed over as @SOCKET.
*
* Protocol: the client sends one line, "ping ID"; the worker answers "pong ID from USERNO" and closes.
* Anything else is answered "error: expected ping ID".
$INCLUDE KEYS.H

SKT = @SOCKET
REQUEST = ""
* Read until the line is complete (TCP may deliver it in pieces), for at most five seconds in all.
FOR TRY = 1 TO 50 UNTIL INDEX(REQUEST, CHAR(10), 1)
  REQUEST := READ.SOCKET(SKT, 1024, 0, 100)
  IF STATUS() AND STATUS() # 1011 THEN EXIT
NEXT TRY
REQUEST = TRIM(FIELD(REQUEST, CHAR(10), 1), CHAR(13), "T")
IF FIELD(REQUEST, " ", 1) = "ping" AND FIELD(REQUEST, " ", 2) # "" THEN
  REPLY = "pong ":FIELD(REQUEST, " ", 2):" from ":@USERNO
END ELSE
  REPLY = "error: expected ping ID"
END
N = WRITE.SOCKET(SKT, REPLY:CHAR(10), 0, 5000)
CLOSE.SOCKET SKT
