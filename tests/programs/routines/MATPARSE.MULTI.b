* MATPARSE with a delimiter of several characters splits at any of them and stores each delimiter in its own element
DIM T(5)
MATPARSE T FROM "1+2-3", "+-"
PRINT "MULTI=":T(1):"|":T(2):"|":T(3):"|":T(4):"|":T(5):" INMAT=":INMAT()
DIM U(4)
MATPARSE U FROM "ab", ""
PRINT "CHARS=":U(1):"|":U(2):"|":U(3):" INMAT=":INMAT()
END
