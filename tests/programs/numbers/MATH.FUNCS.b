* ABS, INT, NEG, MOD, REM, IDIV, RDIV, MAX and MIN with negatives, floats and null strings
PRINT "ABS=":ABS(-7):",":ABS(2.5):",":ABS(""):",":ABS("-0.25"):",":ABS(0)
PRINT "INT=":INT(3.99):",":INT(-3.99):",":INT("7.6"):",":INT(""):",":INT(-12)
PRINT "NEG=":NEG(4):",":NEG(-4.5):",":NEG(""):",":NEG("-3")
PRINT "MOD=":MOD(10, 3):",":MOD(-10, 3):",":MOD(10, -3):",":MOD(-10, -3):",":MOD(5, 0):",":MOD(0, 7)
PRINT "REM=":REM(10, 3):",":REM(-10, 3):",":REM(10, -3):",":REM(-10, -3)
PRINT "IDIV=":IDIV(7, 2):",":IDIV(-7, 2):",":IDIV(7, -2):",":IDIV(-7, -2):",":IDIV(6, 3):",":IDIV(0, 5)
PRINT "RDIV=":RDIV(10, 4):",":RDIV(-10, 4):",":RDIV(11, 4):",":RDIV(1, 3):",":RDIV(2, 3):",":RDIV(-2, 3)
PRINT "MAX=":MAX(3, 9):",":MAX(-1, -2):",":MAX(2.5, 2):",":MAX("10", "9")
PRINT "MIN=":MIN(3, 9):",":MIN(-1, -2):",":MIN(-0.5, 0):",":MIN("10", "9")
PRINT "INTDIV=":-7 / 2:",":INT(-7 / 2):",":IDIV(-7, 2)
END
