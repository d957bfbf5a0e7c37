* TRIM, TRIMF, TRIMB and TRIM(s, char, mode) on spaces, other characters and null strings
S = "   two   words   "
PRINT "TRIM=[":TRIM(S):"]"
PRINT "TRIMF=[":TRIMF(S):"]"
PRINT "TRIMB=[":TRIMB(S):"]"
PRINT "NULLS=[":TRIM(""):"][":TRIMF(""):"][":TRIMB(""):"][":TRIM("    "):"]"
PRINT "NOSPACE=[":TRIM("abc"):"]"
PRINT "TABS=":LEN(TRIMF(CHAR(9):"x")):LEN(TRIMB("x":CHAR(9)))
T = "**a*b**c***"
PRINT "A=[":TRIM(T, "*", "A"):"]"
PRINT "B=[":TRIM(T, "*", "B"):"]"
PRINT "C=[":TRIM(T, "*", "C"):"]"
PRINT "L=[":TRIM(T, "*", "L"):"]"
PRINT "T=[":TRIM(T, "*", "T"):"]"
PRINT "R=[":TRIM(T, "*", "R"):"]"
PRINT "DEFAULT=[":TRIM(T, "*"):"]"
PRINT "FIRSTCHAR=[":TRIM("xxaxx", "xy", "B"):"]"
PRINT "NUMERIC=":TRIM("000.500", "0", "B") + 1
PRINT "NUMSTR=[":TRIM(" 12 ") * 2:"]"
END
