* A serious fault with no ON ERROR clause stops the program (exit status 1): here READ meets a folder where
* a record should be.
OPEN "FIX.CUST" TO F ELSE STOP "no FIX.CUST"
PRINT "before"
READ X FROM F, "SUB" ELSE PRINT "not reached"
PRINT "not reached either"
