* IF forms (single line, blocks, mixed, nested, expression) and BEGIN CASE: first true case wins, CASE 1 default
X = 5
IF X > 3 THEN PRINT "SL=big" ELSE PRINT "SL=small"
IF X < 3 THEN PRINT "NEVER"
IF X = 5 THEN
   PRINT "BLOCK=then"
   PRINT "BLOCK=second"
END ELSE
   PRINT "BLOCK=else"
END
IF X # 5 THEN PRINT "NEVER" ELSE
   PRINT "MIXED=elseblock"
END
IF X THEN IF X > 10 THEN PRINT "NEST=huge" ELSE PRINT "NEST=moderate"
IF "0.0" THEN PRINT "STR00=true" ELSE PRINT "STR00=false"
IF " " THEN PRINT "SPACE=true" ELSE PRINT "SPACE=false"
R = IF X > 4 THEN "gt" ELSE "le"
PRINT "EXPR=":R
PRINT "INLINE=":(IF MOD(X, 2) THEN "odd" ELSE "even")
FOR V = -1 TO 5 STEP 2
   BEGIN CASE
      CASE V < 0
         R = "negative"
      CASE V = 1
         R = "one"
      CASE V > 2 AND V < 4
         R = "three"
      CASE 1
         R = "other"
   END CASE
   PRINT "CASE ":V:"=":R
NEXT V
R = "unchanged"
BEGIN CASE
   CASE X = 1
      R = "one"
   CASE X = 2
      R = "two"
END CASE
PRINT "NOMATCH=":R
BEGIN CASE
   CASE X > 1
      R = "first"
   CASE X > 2
      R = "second"
END CASE
PRINT "FIRSTWINS=":R
END
