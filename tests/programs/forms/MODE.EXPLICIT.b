* $MODE EXPLICIT: every variable is declared before use. DIM declares a scalar (DIM X) or a matrix
* (DIM M(n)); COMMON names, routine parameters and a LOCAL routine's PRIVATE variables are declared too.
$MODE EXPLICIT
DIM TOTAL, I, M(3)
COMMON /SHARED/ LAST
TOTAL = 0
FOR I = 1 TO 3
  M(I) = I * 10
  TOTAL += M(I)
NEXT I
LAST = TOTAL
PRINT TOTAL, LAST
GOSUB TWICE(TOTAL)
PRINT TOTAL
GOSUB PLAIN
* $MODE DEFAULT turns every option off, EXPLICIT with them.
$MODE DEFAULT
UNDECLARED = "free again"
PRINT UNDECLARED
STOP
PLAIN:
  PRINT "label ":M(1)
  RETURN

LOCAL SUBROUTINE TWICE(V)
  PRIVATE W
  W = V * 2
  V = W
RETURN
END
