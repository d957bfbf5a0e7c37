* Division by zero is a fatal run-time error (no OPTION DIV.ZERO.WARNING): exit status 1
A = 10
B = ""
PRINT "BEFORE=":A
C = A / B
PRINT "AFTER=":C
END
