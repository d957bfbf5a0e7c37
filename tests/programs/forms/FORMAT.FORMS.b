* A format mask right after a field reference, and a mask held in a variable (PRINT X FMT.VAR).
L = "ab":@FM:"cd":@FM:"12.5"
FOR I = 1 TO 2
  PRINT L<I> "L#4":"|"
NEXT I
PRINT L<3> "R2#8":"|"
FMT.VAR = "R#6"
X = "xyz"
PRINT X FMT.VAR:"|"
PRINT X "L#5", X FMT.VAR
MASKS = "L#3":@FM:"R#3"
PRINT "a" MASKS<1>, "b" MASKS<2>
PRINT L<1> FMT.VAR:"|", L<2> FMT.VAR
IF L<1> = "ab" THEN PRINT "comparison still works"
A = 1 ; B = 2 ; C = 3
IF A < B AND C > A THEN PRINT "two comparisons"
