* $MODE PICK.ERRMSG: STOP and ABORT followed by a message id {, arguments} show that message of the ERRMSG
* file (here the folder beside this program) and stop, as STOPE and ABORTE do. STOP.LIST shows the same
* STOP without the option.
PRINT "before"
$MODE PICK.ERRMSG
IF 0 THEN ABORT 201, "X"
STOP 201, "MD"
PRINT "not reached"
