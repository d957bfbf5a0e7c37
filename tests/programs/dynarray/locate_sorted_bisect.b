* LOCATE BY "AR"/"DR" over a list of integers kept sorted with INS (searched by bisection once the list is
* known to be sorted), then the same searches after the list stops being sorted or holds text, where QM's
* scan stops at the first item at or past the value.
L = ""
FOR I = 1 TO 10
   X = MOD(I * 7, 11)
   LOCATE X IN L<1> BY "AR" SETTING P ELSE INS X BEFORE L<P>
NEXT I
PRINT CONVERT(@FM, ",", L)
LOCATE 5 IN L<1> BY "AR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
LOCATE 11 IN L<1> BY "AR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
LOCATE 0 IN L<1> BY "AR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
LOCATE "5.5" IN L<1> BY "AR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
LOCATE "05" IN L<1> BY "AR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
T = L
T<5> = "x"
LOCATE 7 IN T<1> BY "AR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
INS 3 BEFORE L<1>
PRINT CONVERT(@FM, ",", L)
LOCATE 2 IN L<1> BY "AR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
LOCATE 3 IN L<1> BY "AR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
LOCATE 7 IN L<1> BY "AR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
D = ""
FOR I = 1 TO 5
   LOCATE I IN D<1> BY "DR" SETTING P ELSE INS I BEFORE D<P>
NEXT I
PRINT CONVERT(@FM, ",", D)
LOCATE 3 IN D<1> BY "DR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
LOCATE "2.5" IN D<1> BY "DR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
LOCATE 9 IN D<1> BY "DR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
LOCATE 0 IN D<1> BY "DR" SETTING P THEN PRINT "found " : P ELSE PRINT "not " : P
END
