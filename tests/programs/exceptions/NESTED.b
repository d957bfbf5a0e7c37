* TRY constructs nested three deep: an exception goes to the innermost TRY that names it, passing those
* that do not; a THROW inside a CATCH clause goes outward (rethrow); after a clause the program continues
* after its END, and the enclosing TRYs still work.
FOR I = 1 TO 3
   TRY
      PRINT I:": level 1"
      TRY
         PRINT I:": level 2"
         TRY
            PRINT I:": level 3"
            THROW "L":I, "from 3"
            PRINT I:": not reached"
         CATCH L3
            PRINT I:": level 3 caught ":@EXCEPTION
         END
         PRINT I:": after level 3"
      CATCH L2
         PRINT I:": level 2 caught ":@EXCEPTION
      END
      PRINT I:": after level 2"
   CATCH L1
      PRINT I:": level 1 caught ":@EXCEPTION:" ":@EXCEPTION.DATA
   END
   PRINT I:": after level 1"
NEXT I
* Rethrow: the inner clause handles part of the work and throws the same exception on.
TRY
   TRY
      THROW "JOB.FAILED", "disk full"
   CATCH JOB
      PRINT "inner saw ":@EXCEPTION:" (":@EXCEPTION.DATA:"), rethrowing"
      THROW @EXCEPTION, @EXCEPTION.DATA:" (seen)"
   END
   PRINT "not reached"
CATCH JOB.FAILED
   PRINT "outer caught ":@EXCEPTION:" (":@EXCEPTION.DATA:") at line ":@EXCEPTION.ORIGIN<2>
END
* A new exception thrown while handling one replaces it.
TRY
   TRY
      THROW "FIRST"
   CATCH FIRST
      THROW "SECOND", "while handling ":@EXCEPTION
   END
CATCH SECOND
   PRINT "caught ":@EXCEPTION:" ":@EXCEPTION.DATA
END
PRINT "done"
END
