* SET.EXIT.STATUS n: the status the process exits with; the last one set counts, and STOP keeps it.
SET.EXIT.STATUS 3
SET.EXIT.STATUS 5
PRINT "done"
STOP
