* CATALOGUED(name): where CALL would find a routine. 1 (QM's local catalogue): beside the program; 0: not
* found. A *, !, $ or _ prefix is a catalogue marker and is ignored.
PRINT "HELPER: ":CATALOGUED("HELPER")
PRINT "*HELPER: ":CATALOGUED("*HELPER")
PRINT "!HELPER: ":CATALOGUED("!HELPER")
PRINT "NOT.THERE: ":CATALOGUED("NOT.THERE")
PRINT "empty: ":CATALOGUED("")
CALL HELPER(X)
PRINT "HELPER says ":X
