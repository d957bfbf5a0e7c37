* Division by zero is fatal (no OPTION DIV.ZERO.WARNING), although MOD(x, 0) returns x
PRINT "MOD=":MOD(7, 0)
D = 0
PRINT "HALF=":7 / 2
PRINT "BAD=":7 / D
PRINT "NOT REACHED"
END
