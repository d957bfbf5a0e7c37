* $MODE PICK.ENTER (ENTER does not come back: the program ends when the entered routine returns) and
* OPTIONAL.THEN.ELSE (READ and OPEN may have neither THEN nor ELSE), compared with QM's default mode.
ENTER HELLO("first")
PRINT "back after ENTER"
OPEN "NO.SUCH.FILE" TO F ELSE PRINT "no file"
$MODE OPTIONAL.THEN.ELSE, PICK.ENTER
OPEN "NO.SUCH.FILE" TO F
PRINT "went on after OPEN"
ENTER HELLO("second")
PRINT "never printed"
