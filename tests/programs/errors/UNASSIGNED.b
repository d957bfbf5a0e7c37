* Reading an unassigned variable is a fatal run-time error: the output so far, then exit status 1
A = 1
PRINT "A=":A
IF UNASSIGNED(B) THEN PRINT "B UNASSIGNED"
IF NOT(ASSIGNED(B)) THEN PRINT "B NOT ASSIGNED"
C = A + B
PRINT "NOT REACHED"
END
