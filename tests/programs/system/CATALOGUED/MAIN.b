* CATALOGUED(name): where CALL would find a routine. 1 (QM's local catalogue): beside the program; 3 (the
* global catalogue): on BASICPATH (CATALOGUED.conf); 0: not found. A *, !, $ or _ prefix is a catalogue marker and is ignored.
PRINT "HELPER: ":CATALOGUED("HELPER")
PRINT "*HELPER: ":CATALOGUED("*HELPER")
PRINT "!HELPER: ":CATALOGUED("!HELPER")
PRINT "GLOBAL.SUB: ":CATALOGUED("GLOBAL.SUB")
PRINT "NOT.THERE: ":CATALOGUED("NOT.THERE")
PRINT "empty: ":CATALOGUED("")
CALL HELPER(X)
PRINT "HELPER says ":X
CALL GLOBAL.SUB(Y)
PRINT "GLOBAL.SUB says ":Y
