* ACOS of a number outside -1 to 1 is a fatal error, as SQRT of a negative is
PRINT "OK=":ACOS(1)
PRINT "BAD=":ACOS(2)
PRINT "NOT REACHED"
END
