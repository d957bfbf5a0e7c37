PRINT "never"
X = @NO.SUCH.VAR
