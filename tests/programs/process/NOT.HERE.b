* QM names for things mvbasic does not have compile and answer as QM does without them.
* Serial ports: CONNECT.PORT needs a phantom (ER$NOT.PHANTOM 1016), bad settings are ER$PARAMS (1000).
PRINT CONNECT.PORT("/dev/ttyS0", 9600, 0, 8, 1) : " " : STATUS()
PRINT CONNECT.PORT("/dev/ttyS0", 9600, 0, 9, 1) : " " : STATUS()
* A sequential file is never a port (ER$NPORT 3027); anything else is not a sequential file (ER$NSEQ 3013).
PATH = "/tmp/mvbasic-golden-ports-" : SYSTEM(1031)
OPENSEQ PATH TO F ELSE NULL
PRINT "[" : GET.PORT.PARAMS(F) : "] " : STATUS()
PRINT SET.PORT.PARAMS(F, "9600") : " " : STATUS()
PRINT "[" : GET.PORT.PARAMS("") : "] " : STATUS()
CLOSESEQ F
* Chargeable phantoms and licensed packages: nothing to do, so they succeed.
PRINT CHGPHANT() : ENTER.PACKAGE("ACCOUNTS") : EXIT.PACKAGE("ACCOUNTS")
PRINT "[" : GET.MESSAGES() : "]"
* No PROC: PROCREAD takes ELSE with STATUS() 1 and leaves its variable alone.
P = "kept"
PROCREAD P THEN PRINT "then" ELSE PRINT "PROCREAD: " : P : " " : STATUS()
* Break handlers are accepted; there is no break key to call them.
SET.BREAK.HANDLER "MY.BREAK"
REMOVE.BREAK.HANDLER
PRINT "break handlers accepted"
* DEBUG does nothing (a note goes to standard error once).
DEBUG
DEBUG
PRINT "after DEBUG"
* CLEARDATA empties the DATA queue, so INPUT reads standard input (empty here: STATUS() 1).
DATA "queued"
CLEARDATA
INPUT X
PRINT "[" : X : "] " : STATUS()
