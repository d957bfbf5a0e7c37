* DIM again on a 2-D matrix keeps the elements by copying them row by row (QM manual, DIMENSION)
DIM H(2, 3)
FOR R = 1 TO 2
   FOR C = 1 TO 3
      H(R, C) = R:C
   NEXT C
NEXT R
DIM H(3, 2)
PRINT "RESHAPE=":H(1, 1):",":H(1, 2):",":H(2, 1):",":H(2, 2):",":H(3, 1):",":H(3, 2)
DIM H(4, 2)
PRINT "MOREROWS=":H(3, 2):" NEWROW=":ASSIGNED(H(4, 1)):ASSIGNED(H(4, 2))
END
