* OPTION.NOT.NUMBER - the linger time and the buffer sizes (mvbasic extension
* keys) are numbers: a fraction is truncated, a value that is not a number is
* the usual fatal "Non-numeric" error, as for any numeric argument.
$INCLUDE KEYS.H
S = CREATE.SERVER.SOCKET("127.0.0.1", 0, 0)
PRINT "FRACTION ":SET.SOCKET.MODE(S, SKT$INFO.LINGER, 2.9):">":SOCKET.INFO(S, SKT$INFO.LINGER)
PRINT "OFF ":SET.SOCKET.MODE(S, SKT$INFO.LINGER, "-1"):">":SOCKET.INFO(S, SKT$INFO.LINGER)
R = SET.SOCKET.MODE(S, SKT$INFO.SND.BUF, "big")
PRINT "NOT REACHED"
END
