* collatz.b: LOOP ... UNTIL ... REPEAT, an internal subroutine called with GOSUB, and a path kept as a
* dynamic array. For each N the sequence halves even numbers and maps odd X to 3X+1 until it reaches 1.
*
*   mvbasic run bp/examples/collatz.b [LIMIT [START]]
*
* LIMIT (default 30) is the largest N searched for the longest walk, 1 to 100000; START (default 6) is the
* number whose whole path is printed, 1 to 1000000. A bad argument prints what is wrong and the usage and
* exits with status 2; --help prints the usage (ARGS.H, USAGE.H).
$INCLUDE ARGS.H
PROG.NAME = "collatz"
USAGE = "usage: mvbasic run collatz.b [LIMIT [START]]"
USAGE<-1> = "  LIMIT  search N from 1 to LIMIT for the longest walk, 1 to 100000 (default 30)"
USAGE<-1> = "  START  print the path from START, 1 to 1000000 (default 6)"
BAD = ""
LIMIT = 30
START = 6
IF N.ARGS > 2 THEN BAD = "too many arguments"
IF N.ARGS >= 1 THEN
   LIMIT = ARGS<1>
   IF NOT(LIMIT MATCHES "1N0N") THEN
      BAD = "LIMIT is not a whole number: ":LIMIT
   END ELSE
      IF LIMIT < 1 OR LIMIT > 100000 THEN BAD = "LIMIT is out of range (1 to 100000): ":LIMIT
   END
END
IF N.ARGS >= 2 AND BAD = "" THEN
   START = ARGS<2>
   IF NOT(START MATCHES "1N0N") THEN
      BAD = "START is not a whole number: ":START
   END ELSE
      IF START < 1 OR START > 1000000 THEN BAD = "START is out of range (1 to 1000000): ":START
   END
END
$INCLUDE USAGE.H

BEST.N = 0
BEST.STEPS = 0
FOR N = 1 TO LIMIT
   GOSUB WALK
   IF STEPS > BEST.STEPS THEN
      BEST.N = N
      BEST.STEPS = STEPS
   END
NEXT N
PRINT "Below ":LIMIT + 1:", ":BEST.N:" takes the most steps to reach 1: ":BEST.STEPS:"."

N = START
GOSUB WALK
PRINT "The path from ":START:": ":CONVERT(@FM, " ", PATH)
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
