* FOR loops whose next value would pass the 64-bit integer range end there, with and without STEP, upwards
* and downwards, instead of going on in floating point. As in QM, the variable keeps the last value the loop
* ran with.
* The largest integer, made by integer arithmetic (a literal of 19 digits would be read as a float).
M = 999999999999999 * 9223 + 372036854785030
PRINT M
C = 0
FOR K = M - 2 TO M
   C = C + 1
   IF C > 5 THEN PRINT 'runaway' ; STOP
NEXT K
PRINT C : ' ' : K
C = 0
FOR K = M - 3 TO M STEP 2
   C = C + 1
   IF C > 5 THEN PRINT 'runaway' ; STOP
NEXT K
PRINT C : ' ' : K
N = -M - 1
C = 0
FOR K = N + 1 TO N STEP -1
   C = C + 1
   IF C > 5 THEN PRINT 'runaway' ; STOP
NEXT K
PRINT C : ' ' : K
FOR I = 1 TO 3
NEXT I
PRINT I
