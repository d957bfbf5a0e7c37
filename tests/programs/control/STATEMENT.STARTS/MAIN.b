PROGRAM STATEMENT.STARTS
* Statements whose golden programs used them only inside other words or positions: PROGRAM (a name for the
* program, ignored), DIMENSION (DIM), GO / GO TO / GOTO, SUB (SUBROUTINE) and CHAIN (run a command in place of
* the rest of this program).
DIMENSION M(2)
M(1) = "one"
GO TO SKIP.ONE
PRINT "never"
SKIP.ONE:
GO SKIP.TWO
PRINT "never"
SKIP.TWO:
GOTO SKIP.THREE
PRINT "never"
SKIP.THREE:
CALL SHOW.IT(M(1))
CHAIN "RUN CHAINED.b"
PRINT "never: CHAIN does not come back"
