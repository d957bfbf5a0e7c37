X = 1
PRINT "before"
PRINT @VOC
