* Innermost level: its LEVEL is a fresh, unassigned local variable
SUBROUTINE NEST.LEAF(T)
T := "-L"
PRINT "LEAF LEVEL ASSIGNED=":ASSIGNED(LEVEL)
RETURN
END
