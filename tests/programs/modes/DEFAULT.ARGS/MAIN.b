* Default values for parameters (QM's SUBROUTINE and FUNCTION pages): in a VAR.ARGS routine a parameter
* the call leaves out takes its default; under $MODE DEFAULT.UNASS.ARGS an unassigned argument takes it
* too. RATING has both; UNASS has only the mode; BYVAL has a by-value parameter with a default.
DEFFUN PRICE(A, B) VAR.ARGS
X = "gold" ; Y = 7 ; Z = "Premium"
CALL RATING(X)
CALL RATING(X, Y)
CALL RATING(X, Y, Z)
CALL RATING(X, NOTSET, Z)
CALL UNASS(NOTSET)
CALL UNASS(X)
CALL BYVAL(X)
CALL BYVAL(X, Y)
CRT "Y after BYVAL: ":Y
CRT PRICE(10), PRICE(10, 2)
