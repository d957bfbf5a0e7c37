* Select lists 0 to 10: SELECT of a dynamic array (its fields are the list), READNEXT {FROM list},
* CLEARSELECT, and lists that are empty, used up or never built.
ITEMS = "apple":@FM:"banana":@FM:"cherry"
SELECT ITEMS TO 1
SELECT "x":@FM:"y" TO 2
READNEXT A FROM 1 THEN PRINT "list 1: ":A
READNEXT B FROM 2 THEN PRINT "list 2: ":B
READNEXT A FROM 1 THEN PRINT "list 1: ":A
SELECT ITEMS
READNEXT I THEN PRINT "list 0: ":I
CLEARSELECT
READNEXT I THEN PRINT "still ":I ELSE PRINT "CLEARSELECT dropped list 0"
READNEXT A FROM 1 THEN PRINT "list 1 goes on: ":A
READNEXT A FROM 1 ELSE PRINT "list 1 is used up: [":A:"]"
READNEXT A FROM 1 ELSE PRINT "and stays used up"
SELECT "" TO 3
READNEXT A FROM 3 ELSE PRINT "an empty list yields nothing"
READNEXT A FROM 10 ELSE PRINT "list 10 was never built"
L = 2
READNEXT B FROM L THEN PRINT "list 2 by variable: ":B
SELECT "only" TO 4
OPEN "FIX.CUST" TO F ELSE STOP "no FIX.CUST"
SELECT F TO 4
N = 0
LOOP
   READNEXT ID FROM 4 ELSE EXIT
   N = N + 1
REPEAT
PRINT "SELECT of a file replaced list 4: ":N:" ids"
