* RESTORE.SCREEN of something that is not a screen image is a runtime error.
PRINT "before"
RESTORE.SCREEN "not an image", 0
PRINT "not reached"
