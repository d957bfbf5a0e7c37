* SLEEP and NAP pause and return; STOP with a message prints it and ends the program with exit status 0
PRINT "START"
SLEEP 1
PRINT "SLEPT"
NAP 50
PRINT "NAPPED"
SLEEP 0
GOSUB FINISH
PRINT "NOT REACHED"
FINISH:
   STOP "stopped: done"
END
