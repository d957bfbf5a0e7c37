* Walking an alternate-key index in key order: SETLEFT/SETRIGHT move a file variable's scan to an end,
* SELECTLEFT/SELECTRIGHT step it one key and make that key's ids a select list. Past an end the list is
* empty, the key "" and the scan stays at that end. Works in /tmp/mvbasic-test-iscan-<pid>.
ROOT = "/tmp/mvbasic-test-iscan-":SYSTEM(1031)
EXECUTE "SH -c 'rm -rf ":ROOT:"; mkdir -p ":ROOT:"'" CAPTURING JUNK
EXECUTE "CREATE.FILE ":ROOT:"/ORDERS" CAPTURING JUNK
OPEN "DICT", ROOT:"/ORDERS" TO D ELSE STOP "cannot open the dictionary: ":STATUS()
WRITE "D":@FM:1 ON D, "CUSTNO"
OPEN ROOT:"/ORDERS" TO F ELSE STOP "cannot open ORDERS: ":STATUS()
WRITE "C2" ON F, "O1"
WRITE "C1" ON F, "O2"
WRITE "C3" ON F, "O3"
WRITE "C1" ON F, "O4"
EXECUTE "CREATE.INDEX ":ROOT:"/ORDERS CUSTNO" CAPTURING JUNK
EXECUTE "BUILD.INDEX ":ROOT:"/ORDERS CUSTNO" CAPTURING JUNK

* A new scan starts at the left end.
PRINT "rightwards from the start:"
LOOP
   SELECTRIGHT "CUSTNO" FROM F SETTING KEY TO 4
   GOSUB SHOW
WHILE KEY # "" DO REPEAT
PRINT "at the right end, once more:"
SELECTRIGHT "CUSTNO" FROM F SETTING KEY TO 4
GOSUB SHOW
PRINT "leftwards from the right end:"
LOOP
   SELECTLEFT "CUSTNO" FROM F SETTING KEY TO 4
   GOSUB SHOW
WHILE KEY # "" DO REPEAT

SETRIGHT "CUSTNO" FROM F
PRINT "SETRIGHT: status ":STATUS()
SELECTLEFT "CUSTNO" FROM F SETTING KEY TO 4
GOSUB SHOW
* A key added beside the scan's position is found by the next step.
WRITE "C25" ON F, "O5"
SELECTLEFT "CUSTNO" FROM F SETTING KEY TO 4
GOSUB SHOW
SETLEFT "CUSTNO" FROM F
PRINT "SETLEFT: status ":STATUS()
SELECTLEFT "CUSTNO" FROM F SETTING KEY TO 4
GOSUB SHOW
* Without TO, the ids go to list 0.
SELECTRIGHT "CUSTNO" FROM F SETTING KEY
PRINT "SELECTRIGHT to list 0: key ":KEY:", @SELECTED ":@SELECTED
LOOP
   READNEXT ID ELSE EXIT
   PRINT "   ":ID
REPEAT

* Each file variable has its own scan.
OPEN ROOT:"/ORDERS" TO G ELSE STOP "cannot open ORDERS again"
SELECTRIGHT "CUSTNO" FROM G SETTING KEY TO 4
PRINT "second file variable starts at the left: ":KEY

* No such index: ER$AKNF, an empty list, key "".
KEY = "old"
SELECTLEFT "NOPE" FROM F SETTING KEY TO 4
PRINT "no index: status ":STATUS():", key [":KEY:"], list active ":SELECTINFO(4, 1)
SETLEFT "NOPE" FROM F
PRINT "SETLEFT of no index: status ":STATUS()
CLOSE F
CLOSE G
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
STOP

SHOW:
   ST = STATUS()
   READLIST IDS FROM 4 ELSE IDS = ""
   PRINT "   status ":ST:", key [":KEY:"], ids ":CONVERT(@FM, ",", IDS)
   RETURN
