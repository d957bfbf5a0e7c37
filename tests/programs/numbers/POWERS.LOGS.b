* SQRT, PWR and the ** / ^ operators, EXP and LN, printed at the default PRECISION 4
PRINT "SQRT=":SQRT(16):",":SQRT(2):",":SQRT(0):",":SQRT(""):",":SQRT(0.25)
PRINT "PWR=":PWR(2, 10):",":PWR(2, -1):",":PWR(-2, 3):",":PWR(9, 0.5):",":PWR(5, 0):",":PWR(0, 3):",":PWR(10, -2)
PRINT "OPS=":2 ** 3:",":2 ^ 4:",":3 * 2 ** 2
PRINT "EXP=":EXP(0):",":EXP(1):",":EXP(-1):",":EXP(2)
PRINT "LN=":LN(1):",":LN(10):",":LN(0.5):",":LN(EXP(3))
PRINT "ROUNDTRIP=":SQRT(PWR(7, 2)):",":EXP(LN(20))
END
