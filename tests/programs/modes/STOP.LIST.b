* Without $MODE PICK.ERRMSG, STOP followed by a list shows the list as DISPLAY does (a comma a tab) and
* stops; PICK.ERRMSG shows the same STOP taking message 201 from the ERRMSG file.
PRINT "before"
STOP 201, "MD"
PRINT "not reached"
