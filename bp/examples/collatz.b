* collatz.b: LOOP ... UNTIL ... REPEAT, an internal subroutine called with GOSUB, and a path kept as a
* dynamic array. For each N the sequence halves even numbers and maps odd X to 3X+1 until it reaches 1.
BEST.N = 0
BEST.STEPS = 0
FOR N = 1 TO 30
   GOSUB WALK
   IF STEPS > BEST.STEPS THEN
      BEST.N = N
      BEST.STEPS = STEPS
   END
NEXT N
PRINT "Below 31, ":BEST.N:" takes the most steps to reach 1: ":BEST.STEPS:"."

N = 6
GOSUB WALK
PRINT "The path from 6: ":CONVERT(@FM, " ", PATH)
STOP

* WALK: follows the sequence from N; sets STEPS and PATH (N, then every value after it).
WALK:
   X = N
   STEPS = 0
   PATH = X
   LOOP UNTIL X = 1 DO
      IF MOD(X, 2) THEN X = 3 * X + 1 ELSE X = X / 2
      STEPS += 1
      PATH<-1> = X
   REPEAT
   RETURN
END
