* MATPARSE (excess data goes to the zero element), MATBUILD of a whole matrix and of a range, and INMAT()
DIM P(3)
MATPARSE P FROM "a,b,c,d,e", ","
PRINT "OVER=":P(1):P(2):P(3):" ZERO=":P(0):" INMAT=":INMAT()
DIM Q(5)
MAT Q = "old"
MATPARSE Q FROM "p":@FM:"q":@FM:"r"
PRINT "PARSE=":Q(1):Q(2):Q(3):" Q4=[":Q(4):"] Q5=[":Q(5):"] INMAT=":INMAT()
MATBUILD S FROM Q
PRINT "BUILD=":CONVERT(@FM, "^", S)
MATBUILD S FROM Q, 2, 3 USING "-"
PRINT "RANGE=":S
DIM T(5)
MATPARSE T FROM "", ","
PRINT "EMPTY=[":T(1):"] INMAT=":INMAT()
END
