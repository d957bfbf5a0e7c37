* A non-numeric string in arithmetic is a fatal run-time error: the output so far, then exit status 1
TOTAL = 0
ITEMS = "10":@FM:"20":@FM:"abc":@FM:"40"
FOR I = 1 TO 4
   TOTAL += ITEMS<I>
   PRINT "TOTAL=":TOTAL
NEXT I
PRINT "NOTREACHED"
END
