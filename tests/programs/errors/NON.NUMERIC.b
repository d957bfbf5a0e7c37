* Arithmetic on a non-numeric string is fatal (no OPTION NON.NUMERIC.WARNING); "" counts as 0, spaces are trimmed
PRINT "NULL=":"" + 1
PRINT "SPACES=":" 12 " + 1
X = "12abc"
IF NOT(NUM(X)) THEN PRINT "NOT NUMERIC"
Y = X * 2
PRINT "NOT REACHED"
END
