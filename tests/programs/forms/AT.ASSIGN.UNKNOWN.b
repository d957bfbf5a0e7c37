PRINT "never"
@NO.SUCH.VAR = 1
