* A runtime error inside a TRY whose CATCH names do not take it ends the program as usual, with its
* message, file and line; the exit status is 1.
D = 0
TRY
   PRINT "in try"
   X = 5 / D
CATCH SYS.PROGRAM.DATATYPE
   PRINT "not reached"
END
PRINT "not reached"
END
