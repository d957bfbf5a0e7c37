* STOP inside a subroutine ends the program with exit status 0, printing its message first
PRINT "START"
GOSUB FINISH
PRINT "NOTREACHED"
FINISH:
   PRINT "INSUB"
   STOP "stopped in a subroutine"
   PRINT "NOTREACHED"
END
