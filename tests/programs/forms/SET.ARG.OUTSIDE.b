PRINT "never"
SET.ARG 1, 2
