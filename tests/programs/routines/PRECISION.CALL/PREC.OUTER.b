* Print at the default precision, change it, call another routine, print again
SUBROUTINE PREC.OUTER(V)
PRINT "OUTER START=":V
PRECISION 6
PRINT "OUTER6=":V
CALL PREC.INNER(V)
PRINT "OUTER6 AGAIN=":V
RETURN
END
