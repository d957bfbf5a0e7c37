* MAT assignment and copy, INMAT(mat), and DIM again re-dimensioning a 1-D matrix, keeping its elements
DIM A(4)
MAT A = "x"
PRINT "FILL=":A(1):A(2):A(3):A(4):" INMAT=":INMAT(A)
A(2) = "y"
DIM B(4)
MAT B = MAT A
B(1) = "z"
PRINT "COPY=":B(1):B(2):B(3):B(4):" SRC=":A(1):A(2)
DIM G(3)
G(1) = "g1" ; G(2) = "g2" ; G(3) = "g3"
DIM G(5)
PRINT "GROW=":G(1):G(2):G(3):" NEW=":ASSIGNED(G(4)):ASSIGNED(G(5)):" INMAT=":INMAT(G)
DIM G(2)
PRINT "SHRINK=":G(1):G(2):" INMAT=":INMAT(G)
DIM G(3)
PRINT "REGROW=":G(1):G(2):" DISCARDED=":ASSIGNED(G(3))
END
