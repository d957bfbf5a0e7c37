* $MODE PICK.JUMP.RANGE (ON n GOTO/GOSUB out of range goes on with the next statement) and NO.ECHO.DATA
* (INPUT does not echo what it takes from DATA), each compared with QM's default mode.
FOR N = 0 TO 3
   ON N GOSUB ONE, TWO
NEXT N
DATA "echoed"
INPUT X
PRINT "got ":X
$MODE PICK.JUMP.RANGE, NO.ECHO.DATA
FOR N = 0 TO 3
   ON N GOSUB ONE, TWO
NEXT N
ON 5 GOTO ONE, TWO
PRINT "fell through"
DATA "silent"
INPUT X
PRINT "got ":X
STOP
ONE:
PRINT "one"
RETURN
TWO:
PRINT "two"
RETURN
