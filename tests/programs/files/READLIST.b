* READLIST and FORMLIST with the select lists SELECT and READNEXT use. FORMLIST makes a list of a dynamic
* array's fields (for list 0 it sets @SELECTED, as SELECT does); READLIST returns the ids READNEXT has still
* to return, field mark separated, and uses the list up; it takes ELSE, with "", when nothing is left.
FORMLIST "a":@FM:"b":@FM:"c"
PRINT "FORMLIST: @SELECTED ":@SELECTED:", SYSTEM(11) ":SYSTEM(11)
READNEXT ID ELSE PRINT "no id?"
PRINT "READNEXT: ":ID
READLIST REST THEN PRINT "READLIST: ":CONVERT(@FM, ",", REST)
PRINT "list used up: SYSTEM(11) ":SYSTEM(11):", @SELECTED ":@SELECTED
READLIST REST THEN PRINT "again?" ELSE PRINT "READLIST again: ELSE, [":REST:"]"
READNEXT ID ELSE PRINT "READNEXT after READLIST: ELSE"

FORMLIST "x":@FM:"y" TO 4
READLIST L4 FROM 4 THEN PRINT "list 4: ":CONVERT(@FM, ",", L4)
PRINT "@SELECTED unchanged by list 4: ":@SELECTED
FORMLIST ""
READLIST E ELSE PRINT "empty FORMLIST: ELSE"

OPEN "FIX.CUST" TO F ELSE STOP "no FIX.CUST"
SELECT F TO 2
READNEXT FIRST FROM 2 ELSE PRINT "no ids?"
READLIST IDS FROM 2 ELSE PRINT "no more ids?"
PRINT "FIX.CUST: one READNEXT, then READLIST of ":DCOUNT(IDS, @FM):" more"
READNEXT ID FROM 2 THEN PRINT "more?" ELSE PRINT "list 2 used up"
* Both clauses are optional.
READLIST X FROM 2
PRINT "no clauses: [":X:"]"
FORMLIST "p":@FM:"q" TO 3
CLEARSELECT 3
READLIST X FROM 3 ELSE PRINT "after CLEARSELECT: ELSE"
