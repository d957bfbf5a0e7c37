* CALL of a routine that cannot be found is a fatal run-time error when the CALL runs: exit status 1
PRINT "BEFORE"
IF 0 THEN CALL NEVER.CALLED.XYZ
PRINT "SKIPPED CALL IS HARMLESS"
CALL NO.SUCH.ROUTINE.XYZ(1, 2)
PRINT "NOT REACHED"
END
