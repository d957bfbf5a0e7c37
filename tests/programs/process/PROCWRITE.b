* PROCWRITE outside a PROC is a runtime error, as in QM.
PRINT "before"
PROCWRITE "data"
PRINT "not reached"
