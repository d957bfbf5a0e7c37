* ASSIGNED() and UNASSIGNED() on matrix elements that DIM left unassigned
DIM M(3)
M(2) = 0
PRINT "MATRIX=":ASSIGNED(M(1)):ASSIGNED(M(2)):UNASSIGNED(M(3))
END
