* Exceptions leave LOCAL routines as they leave CALLed ones: a THROW at the bottom of a recursive LOCAL
* FUNCTION is caught by the main program, and a TRY inside a LOCAL SUBROUTINE catches what its own calls
* throw; the PRIVATE variables of the discarded activations go with them.
DEFFUN DIVE(N) LOCAL
MINE = "main"
TRY
   X = DIVE(3)
   PRINT "1: not reached"
CATCH BOTTOM
   PRINT "1: caught ":@EXCEPTION:" with ":@EXCEPTION.DATA:", MINE is ":MINE
END
GOSUB GUARDED(0)
GOSUB GUARDED(2)
STOP

LOCAL FUNCTION DIVE(N)
   PRIVATE MINE
   MINE = "level ":N
   IF N = 0 THEN THROW "BOTTOM.REACHED", MINE
   RETURN DIVE(N - 1) + 1
END
LOCAL SUBROUTINE GUARDED(N)
   TRY
      PRINT "2: DIVE(":N:") starts"
      X = DIVE(N)
   CATCH BOTTOM
      PRINT "2: GUARDED caught ":@EXCEPTION.DATA
   END
   RETURN
END
