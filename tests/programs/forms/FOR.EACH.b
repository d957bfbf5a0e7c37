* QM's other FOR forms: FOR EACH var IN list {DELIMITER d} takes each element in turn (any mark ends one when
* no DELIMITER is given), and FOR var = v1, v2... takes each listed value; WHILE/UNTIL, EXIT and CONTINUE
* work as in FOR ... TO, and loops nest.
L = "a" : @FM : "b" : @VM : "c"
FOR EACH X IN L
  PRINT "[" : X : "]" :
NEXT X
PRINT
FOR EACH W IN "x,y,,z" DELIMITER ","
  IF W = "" THEN CONTINUE
  PRINT W :
NEXT W
PRINT
FOR EACH E IN ""
  PRINT "never"
NEXT E
FOR N = 10, 20, 30 UNTIL N > 20
  PRINT N : " " :
NEXT N
PRINT
FOR EACH O IN 1 : @VM : 2
  FOR EACH I IN "a" : @SM : "b"
    IF O = 2 AND I = "b" THEN EXIT
    PRINT O : I : " " :
  NEXT I
NEXT O
PRINT
FOR S = "one", "t" : "wo"
  PRINT S :
NEXT
PRINT
