* Leaving a TRY body by EXIT or CONTINUE closes that TRY: a later THROW goes to the enclosing handler, not
* to the clauses of the TRY that was left. DUMPING is accepted (mvbasic writes no process dump file).
TRY
   FOR I = 1 TO 5
      TRY
         IF I = 2 THEN CONTINUE
         IF I = 3 THEN EXIT
         PRINT "1: body ":I
      CATCH STALE DUMPING
         PRINT "1: stale handler used"
      END
   NEXT I
   PRINT "1: loop left at ":I
   THROW "STALE"
CATCH STALE
   PRINT "1: outer caught ":@EXCEPTION
END
* A loop whose body is a TRY runs its clause for each iteration that throws.
N = 0
LOOP
   N += 1
   TRY
      IF MOD(N, 2) = 0 THEN THROW "EVEN", N
   CATCH EVEN
      PRINT "2: even ":@EXCEPTION.DATA
   END
UNTIL N = 4 REPEAT
PRINT "3: done"
END
