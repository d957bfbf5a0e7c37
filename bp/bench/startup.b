PRINT "ok"
