* ABORT ends the program with exit status 1; its message is displayed first
PRINT "START"
FOR I = 1 TO 5
   IF I = 3 THEN ABORT "aborted at ":I
   PRINT "I=":I
NEXT I
PRINT "NOTREACHED"
END
