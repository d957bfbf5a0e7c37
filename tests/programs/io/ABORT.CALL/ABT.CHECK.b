* Abort on a negative value
SUBROUTINE ABT.CHECK(X)
IF X < 0 THEN ABORT "negative value ":X
PRINT "CHECK ":X
RETURN
END
