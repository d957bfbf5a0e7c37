* Print at the default precision and at precision 1
SUBROUTINE PREC.INNER(V)
PRINT "INNER START=":V
PRECISION 1
PRINT "INNER1=":V
RETURN
END
