* @SELECTED is how many ids select list 0 received when it was last built: SELECT of a file or of a
* dynamic array sets it, a list built with TO n (n not 0) does not, and it keeps its value while READNEXT
* uses the list up and after CLEARSELECT. SYSTEM(11) is 1 while list 0 has ids left to read.
PRINT "before any SELECT: @SELECTED ":@SELECTED:", SYSTEM(11) ":SYSTEM(11)
OPEN "FIX.CUST" TO F ELSE STOP "no FIX.CUST"
SELECT F
PRINT "SELECT of FIX.CUST: @SELECTED ":@SELECTED:", SYSTEM(11) ":SYSTEM(11)
N = 0
LOOP
   READNEXT ID ELSE EXIT
   N = N + 1
REPEAT
PRINT "read ":N:" ids; list 0 used up: @SELECTED ":@SELECTED:", SYSTEM(11) ":SYSTEM(11)
SELECT "a":@FM:"b" TO 3
PRINT "SELECT TO 3 leaves it: ":@SELECTED
SELECT "x":@FM:"y":@FM:"z"
IF @SELECTED THEN PRINT "SELECT of a dynamic array: ":@SELECTED:" selected"
CLEARSELECT
PRINT "after CLEARSELECT: @SELECTED ":@SELECTED:", SYSTEM(11) ":SYSTEM(11)
SELECT ""
PRINT "an empty list: @SELECTED ":@SELECTED:", SYSTEM(11) ":SYSTEM(11)
