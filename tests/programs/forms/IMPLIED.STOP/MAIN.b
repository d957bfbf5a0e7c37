* $MODE IMPLIED.STOP: running off the end of a subroutine compiled with it stops the program; without it the
* subroutine returns.
CALL PLAIN
PRINT "back from PLAIN"
CALL STOPPER
PRINT "never printed"
