* MATBUILD appends a non-null zero element (keeping trailing null elements) and sets INMAT() (QM manual, MATBUILD)
DIM P(3)
MATPARSE P FROM "a,b,c,d,e", ","
MATBUILD S FROM P USING ","
PRINT "ROUNDTRIP=":S:" INMAT=":INMAT()
DIM Q(4)
Q(0) = "" ; Q(1) = "x" ; Q(2) = "y" ; Q(3) = "" ; Q(4) = ""
MATBUILD S FROM Q USING "-"
PRINT "TRAILING=":S:" INMAT=":INMAT()
Q(0) = "z"
MATBUILD S FROM Q USING "-"
PRINT "WITHZERO=":S:" INMAT=":INMAT()
END
