* PRINT, CRT and DISPLAY: ':' joins, ',' writes a TAB character, a trailing ':' stays on the line
PRINT "A":"B":1+2
PRINT "X","Y","Z"
PRINT "no newline":
PRINT " then more"
PRINT
CRT "crt":"line"
DISPLAY "display",42
CRT "part one ":
DISPLAY "part two"
N = 5
PRINT "N=":N, "N*2=":N*2
PRINT "":
PRINT "tail"
END
