* An exception that no TRY/CATCH handles ends the program as an abort (exit status 1), reported with the
* file and line of the THROW and the call stack; a TRY that names other exceptions lets it pass.
PRINT "before"
TRY
   GOSUB THROWS
CATCH SOMETHING.ELSE
   PRINT "not reached"
END
PRINT "not reached"
STOP
THROWS:
   THROW "NOBODY.LISTENS", "lost"
   RETURN
