* DEEP.RECURSION - a FUNCTION that recurses without end, each level holding
* values on the stack, fails with a runtime error (exit 1), not a crash.
DEFFUN DEEP(N)
PRINT "before"
PRINT DEEP(1000000)
PRINT "not reached"
