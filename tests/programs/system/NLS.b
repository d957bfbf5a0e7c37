$INCLUDE KEYS.H
* GETNLS(key) and SETNLS key, value: the currency, thousands and decimal characters, "$", "," and "." to
* start with; an unknown key reads "" and sets STATUS() to ER$BAD.KEY (1006) when set.
PRINT "[":GETNLS(NLS$CURRENCY):"] [":GETNLS(NLS$THOUSANDS):"] [":GETNLS(NLS$DECIMAL):"]"
SETNLS NLS$CURRENCY, "EUR"
SETNLS NLS$THOUSANDS, "."
SETNLS NLS$DECIMAL, ","
PRINT "[":GETNLS(NLS$CURRENCY):"] [":GETNLS(NLS$THOUSANDS):"] [":GETNLS(NLS$DECIMAL):"] status ":STATUS()
PRINT "key 9: [":GETNLS(9):"]"
SETNLS 9, "x"
PRINT "SETNLS 9: status ":STATUS()
