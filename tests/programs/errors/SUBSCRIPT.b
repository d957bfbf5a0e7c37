* A matrix subscript beyond the dimensions is a fatal run-time error; the zero element is valid by default
DIM M(3)
M(0) = "zero"
PRINT "M0=":M(0)
FOR I = 1 TO 4
   M(I) = I
   PRINT "SET ":I
NEXT I
PRINT "NOT REACHED"
END
