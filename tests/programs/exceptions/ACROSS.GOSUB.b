* Exceptions cross GOSUB/RETURN: a THROW two GOSUBs down is caught by the TRY around the first GOSUB,
* whose GOSUB stack is cut back, so later GOSUBs and RETURNs pair up as before. A TRY inside a GOSUB
* routine that is left by RETURN no longer catches anything.
DEPTH = 0
TRY
   GOSUB FIRST
   PRINT "1: not reached"
CATCH DOWN.THERE
   PRINT "1: caught ":@EXCEPTION:" at depth ":DEPTH:", line ":@EXCEPTION.ORIGIN<2>
END
GOSUB COUNTER
GOSUB COUNTER
PRINT "2: counter returned twice"
GOSUB LEAVES.TRY
TRY
   THROW "AFTERWARDS"
CATCH AFTERWARDS
   PRINT "3: main caught ":@EXCEPTION
CATCH INNER.ONLY
   PRINT "3: not reached"
END
* A TRY inside a GOSUB routine catches what is thrown in it, and the routine returns normally.
GOSUB OWN.TRY
PRINT "4: back from OWN.TRY"
STOP

FIRST:
   DEPTH += 1
   GOSUB SECOND
   PRINT "not reached"
   RETURN
SECOND:
   DEPTH += 1
   THROW "DOWN.THERE"
   RETURN
COUNTER:
   PRINT "2: counter"
   RETURN
LEAVES.TRY:
   TRY
      RETURN
   CATCH AFTERWARDS, INNER.ONLY
      PRINT "3: stale handler used"
   END
   RETURN
OWN.TRY:
   TRY
      GOSUB SECOND
   CATCH DOWN
      PRINT "4: OWN.TRY caught ":@EXCEPTION
   END
   RETURN
