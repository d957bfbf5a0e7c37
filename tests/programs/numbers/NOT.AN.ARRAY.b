* A string that is not a number and holds no mark is still the error, not an array of one value.
PRINT "START"
R = "1 2" + 1
PRINT "NOTREACHED"
END
