* FOR without STEP ends in FOR_NEXT1, which takes the step as 1. Each loop is run both ways (no STEP and
* STEP 1) and must count the same: a limit changed in the body, a float variable, a text limit and an
* empty range.
N = 5
C = 0
FOR I = 1 TO N
   C += 1
   IF I = 2 THEN N = 3
NEXT I
PRINT "A ":C:" ":I
N = 5
C = 0
FOR I = 1 TO N STEP 1
   C += 1
   IF I = 2 THEN N = 3
NEXT I
PRINT "B ":C:" ":I
FOR I = 1 TO 3
   IF I = 1 THEN I = 1.5
   PRINT "C ":I
NEXT I
FOR I = 1 TO 3 STEP 1
   IF I = 1 THEN I = 1.5
   PRINT "D ":I
NEXT I
L = "3"
C = 0
FOR I = 1 TO L
   C += 1
NEXT I
PRINT "E ":C
C = 0
FOR I = 5 TO 4
   C += 1
NEXT I
PRINT "F ":C:" ":I
END
