* Exceptions cross CALL boundaries: a THROW two CALLs down is caught in the main program; the routines'
* frames (and their variables) are discarded, a by-reference argument keeps what was assigned before the
* throw, PRECISION is the main program's again, and later CALLs start afresh.
PRECISION 2
TRAIL = ""
TRY
   CALL EXC.OUTER(TRAIL, "THROW")
   PRINT "1: not reached"
CATCH DEEP
   PRINT "1: caught ":@EXCEPTION:" data ":@EXCEPTION.DATA
   PRINT "1: origin ":@EXCEPTION.ORIGIN<1>:" line ":@EXCEPTION.ORIGIN<2>
END
PRINT "1: trail ":TRAIL
PRINT "1: precision ":1/3
* Called again, the routines run normally: their variables were discarded with their frames.
TRAIL = ""
CALL EXC.OUTER(TRAIL, "QUIET")
PRINT "2: trail ":TRAIL
* A routine that catches its own exception returns normally.
CALL EXC.SELF(R)
PRINT "3: ":R
* A routine left by RETURN from inside its TRY body leaves that TRY: a later THROW here is not sent to it.
CALL EXC.SELF(R, 1)
TRY
   THROW "LATER"
CATCH LATER
   PRINT "4: main caught ":@EXCEPTION
END
* An exception through a FUNCTION call inside an expression.
DEFFUN EXC.FN(X)
TRY
   Y = 1 + EXC.FN(-1)
CATCH NEGATIVE
   PRINT "5: ":@EXCEPTION:" ":@EXCEPTION.DATA
END
PRINT "5: ":EXC.FN(4)
* Runtime errors of CALL: a routine whose source does not compile, and a wrong argument count.
TRY
   CALL EXC.BROKEN
CATCH SYS.PROGRAM.NOT_FOUND
   PRINT "6: not reached"
CATCH SYS.PROGRAM.LOAD_ERROR
   PRINT "6: ":@EXCEPTION
END
TRY
   CALL EXC.INNER(TRAIL)
CATCH SYS.PROGRAM
   PRINT "7: ":@EXCEPTION
END
END
