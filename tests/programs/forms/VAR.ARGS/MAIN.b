* VAR.ARGS routines: fewer arguments than parameters, ARG.COUNT(), ARG(n) and SET.ARG n, value.
DEFFUN TOTAL(A, B, C) VAR.ARGS
X = 1 ; Y = 2 ; Z = 3
CALL SHOWARGS(X, Y, Z)
CALL SHOWARGS(X)
CALL SHOWARGS
PRINT "after SET.ARG: ", X, Y
PRINT TOTAL(5), TOTAL(5, 6), TOTAL(5, 6, 7)
