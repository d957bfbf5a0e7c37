PRINT "never"
@DS = "x"
