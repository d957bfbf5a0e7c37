* FIELDSTORE with a null delimiter is a fatal error in QM
PRINT "OK=":FIELDSTORE("a b", " ", 1, 1, "x")
PRINT "BAD=":FIELDSTORE("a b", "", 1, 1, "x")
PRINT "NOT REACHED"
END
