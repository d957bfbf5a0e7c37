* PRECISION belongs to each routine: a called routine starts at 4, and each caller's setting is back after CALL
X = 2 / 3
PRECISION 2
PRINT "MAIN=":X
CALL PREC.OUTER(X)
PRINT "MAIN AGAIN=":X
PRECISION 9
PRINT "MAIN9=":X
CALL PREC.INNER(X)
PRINT "MAIN9 AGAIN=":X
END
