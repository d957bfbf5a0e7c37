* ABORT in a called subroutine ends the whole program with exit status 1 after showing its message
PRINT "MAIN START"
CALL ABT.CHECK(5)
PRINT "MAIN MIDDLE"
CALL ABT.CHECK(-1)
PRINT "NOT REACHED"
END
