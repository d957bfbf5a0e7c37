* An element that is not a number is the usual fatal error; so is a string without marks.
PRINT "START"
R = ("1":@VM:"2") + ("3":@VM:"4")
PRINT "SUM OK"
R = ("1":@VM:"x") + 1
PRINT "NOTREACHED"
END
