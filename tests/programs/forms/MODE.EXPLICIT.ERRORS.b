* $MODE EXPLICIT: each undeclared variable is a compile error naming it, reported at its first use.
$MODE EXPLICIT
DIM TOTAL
TOTAL = 1
TOTLA = TOTAL + 1
PRINT TOTAL + COUNT + COUNT
FOR N = 1 TO 2
NEXT N
READ REC FROM TOTAL, "X" ELSE NULL
END
