$INCLUDE KEYS.H
* SELECTINFO(list, key): SL$ACTIVE (1) is 1 while the list has ids left to read, SL$COUNT (3) how many are
* left (QM counts them down as READNEXT takes them); any other key gives 0. The key defaults to SL$ACTIVE.
PRINT "list 2 before: ":SELECTINFO(2, SL$ACTIVE):" ":SELECTINFO(2, SL$COUNT)
FORMLIST "A":@FM:"B":@FM:"C" TO 2
PRINT "after FORMLIST: ":SELECTINFO(2, SL$ACTIVE):" ":SELECTINFO(2, SL$COUNT):" ":SELECTINFO(2)
READNEXT ID FROM 2 THEN PRINT "read ":ID:", left ":SELECTINFO(2, SL$COUNT)
PRINT "key 2: ":SELECTINFO(2, 2)
READNEXT ID FROM 2 ELSE NULL
READNEXT ID FROM 2 ELSE NULL
PRINT "used up: ":SELECTINFO(2, SL$ACTIVE):" ":SELECTINFO(2, SL$COUNT)
* An empty list is not active.
FORMLIST "" TO 4
PRINT "empty: ":SELECTINFO(4, SL$ACTIVE):" ":SELECTINFO(4, SL$COUNT)
* List 0 by default in SELECT; CLEARSELECT makes it inactive.
SELECT "X":@FM:"Y"
PRINT "list 0: ":SELECTINFO(0, SL$COUNT)
CLEARSELECT
PRINT "cleared: ":SELECTINFO(0, SL$ACTIVE)
