* SELECTINFO of a list number outside 0 to 10 is a runtime error, as in QM.
PRINT "before"
PRINT SELECTINFO(11, 1)
PRINT "not reached"
