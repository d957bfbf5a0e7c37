* The other dictionary items an index may be on: a C-type (a program that sets @ANS), an A-type whose
* A correlative names another item with N(...), an S-type with an F correlative, and an S-type with no
* correlative (indexed by its field number, like a D-type). Works in /tmp/mvbasic-test-kinds-<pid>.
ROOT = "/tmp/mvbasic-test-kinds-":SYSTEM(1031)
EXECUTE "SH -c 'rm -rf ":ROOT:"; mkdir -p ":ROOT:"'" CAPTURING JUNK
EXECUTE "CREATE.FILE ":ROOT:"/S" CAPTURING JUNK
OPEN "DICT", ROOT:"/S" TO D ELSE STOP "cannot open the dictionary: ":STATUS()
WRITE "D":@FM:1:@FM:"":@FM:"Item":@FM:"8L":@FM:"S" ON D, "ITEM"
WRITE "D":@FM:2:@FM:"":@FM:"Qty":@FM:"4R":@FM:"S" ON D, "QTY"
WRITE "D":@FM:3:@FM:"":@FM:"Price":@FM:"6R":@FM:"S" ON D, "PRICE"
WRITE "C":@FM:"IF @RECORD<2> > 10 THEN @ANS = 'BIG'":@VM:"ELSE @ANS = 'SMALL'":@FM:"":@FM:"Size":@FM:"5L":@FM:"S" ON D, "SIZE"
WRITE "A":@FM:0:@FM:"Tag":@FM:"":@FM:"":@FM:"":@FM:"":@FM:"A;N(ITEM):'/':0":@FM:"L":@FM:"10" ON D, "TAG"
WRITE "S":@FM:0:@FM:"Total":@FM:"":@FM:"":@FM:"":@FM:"":@FM:"F;2;3;*":@FM:"R":@FM:"6" ON D, "TOTAL"
WRITE "S":@FM:1:@FM:"Item":@FM:"":@FM:"":@FM:"":@FM:"":@FM:"":@FM:"L":@FM:"8" ON D, "SITEM"
OPEN ROOT:"/S" TO F ELSE STOP "cannot open S: ":STATUS()
WRITE "nut":@FM:20:@FM:3 ON F, "1"
WRITE "bolt":@FM:5:@FM:12 ON F, "2"
WRITE "nut":@FM:2:@FM:30 ON F, "3"
EXECUTE "CREATE.INDEX ":ROOT:"/S SIZE TAG TOTAL SITEM" CAPTURING OUT
PRINT "CREATE.INDEX: ":@SYSTEM.RETURN.CODE
EXECUTE "BUILD.INDEX ":ROOT:"/S ALL" CAPTURING OUT
EXECUTE "LIST.INDEX ":ROOT:"/S" CAPTURING OUT
FOR EACH LINE IN OUT
   IF LINE # "" THEN PRINT "   ":LINE
NEXT LINE
PRINT "SITEM info: ":CONVERT(@FM:@VM, "^]", INDICES(F, "SITEM"))
GOSUB SHOW
WRITE "washer":@FM:100:@FM:1 ON F, "4"
WRITE "bolt":@FM:11:@FM:12 ON F, "2"
PRINT "after two writes:"
GOSUB SHOW
EXECUTE "COUNT ":ROOT:"/S WITH SIZE = 'BIG' REQUIRE.INDEX"
EXECUTE "COUNT ":ROOT:"/S WITH SITEM = 'nut' REQUIRE.INDEX"
CLOSE F
CLOSE D
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
STOP

SHOW:
   FOR EACH NAME IN "SIZE":@FM:"TAG":@FM:"TOTAL":@FM:"SITEM"
      SELECTINDEX NAME FROM F TO 2
      READLIST KEYS FROM 2 ELSE KEYS = ""
      LINE = "   ":NAME:":"
      FOR EACH KEY IN KEYS
         SELECTINDEX NAME, KEY FROM F TO 3
         READLIST IDS FROM 3 ELSE IDS = ""
         LINE := " [":KEY:"]=":CONVERT(@FM, ",", IDS)
      NEXT KEY
      PRINT LINE
   NEXT NAME
   RETURN
