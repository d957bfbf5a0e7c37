* ACOS, ASIN and ATAN return degrees, as SIN, COS and TAN take them
PRINT "ACOS=":ACOS(0.5):",":ACOS(1):",":ACOS(-1):",":ACOS(0):",":ACOS("")
PRINT "ASIN=":ASIN(0.5):",":ASIN(-1):",":ASIN("0.5"):",":ASIN(0)
PRINT "ATAN=":ATAN(1):",":ATAN(0):",":ATAN(-1):",":ATAN(10000000000)
PRECISION 8
PRINT "ATAN8=":ATAN(0.5):",":ACOS(0.1)
END
