* Total the elements of a whole-matrix argument and overwrite its first element
SUBROUTINE ARG.MATSUM(MAT M, TOTAL)
TOTAL = 0
FOR I = 1 TO INMAT(M)
   TOTAL += M(I)
NEXT I
M(1) = "seen"
RETURN
END
