* A matrix element as the FOR variable: FOR A(1) = 1 TO 3.
DIM A(3), B(2, 2)
FOR A(1) = 1 TO 3
   PRINT "A(1) = ":A(1)
NEXT A
PRINT "after: ":A(1)
FOR B(2, 1) = 10 TO 1 STEP -4
   PRINT B(2, 1):
NEXT B(2, 1)
PRINT
PRINT "after: ":B(2, 1)
* The body may change the element; NEXT continues from the changed value.
FOR A(2) = 1 TO 10
   PRINT A(2):" ":
   A(2) = A(2) * 2
NEXT A
PRINT
PRINT "after: ":A(2)
FOR A(3) = 5 TO 1
   PRINT "never"
NEXT A
PRINT "not run: ":A(3)
