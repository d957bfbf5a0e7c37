* What happens when a computed index cannot be computed for a record, and when its dictionary item
* changes. The item is worked out when the index is made, as QM compiles it into the index: a later change
* of the dictionary item leaves the index as it was (LIST.INDEX says so, the query processor stops using
* it) until CREATE.INDEX ... DELETING makes it again. An item that fails for a record fails the WRITE
* (ON ERROR with STATUS() 3037, or a fatal error), and leaves the record and its keys as they were.
ROOT = "/tmp/mvbasic-test-itype-fail-":SYSTEM(1031)
EXECUTE "SH -c 'rm -rf ":ROOT:"; mkdir -p ":ROOT:"'" CAPTURING JUNK
EXECUTE "CREATE.FILE ":ROOT:"/T" CAPTURING JUNK
OPEN "DICT", ROOT:"/T" TO D ELSE STOP "cannot open the dictionary: ":STATUS()
WRITE "D":@FM:1:@FM:"":@FM:"Qty":@FM:"5R":@FM:"S" ON D, "QTY"
WRITE "I":@FM:"100 / QTY":@FM:"":@FM:"Share":@FM:"5R":@FM:"S" ON D, "SHARE"
OPEN ROOT:"/T" TO F ELSE STOP "cannot open T: ":STATUS()
WRITE 4 ON F, "A"
WRITE 0 ON F, "B"

* BUILD.INDEX stops at the record the item fails for; the index still needs a build.
EXECUTE "CREATE.INDEX ":ROOT:"/T SHARE" CAPTURING OUT
EXECUTE "BUILD.INDEX ":ROOT:"/T SHARE" CAPTURING OUT
PRINT "BUILD.INDEX with a failing record: ":@SYSTEM.RETURN.CODE
PRINT "   ":OUT<1>
EXECUTE "LIST.INDEX ":ROOT:"/T" CAPTURING OUT
PRINT "   ":OUT<1>
WRITE 5 ON F, "B"
EXECUTE "BUILD.INDEX ":ROOT:"/T SHARE" CAPTURING OUT
PRINT "BUILD.INDEX once B is fixed: ":@SYSTEM.RETURN.CODE
GOSUB SHOW

* A WRITE whose key cannot be computed takes ON ERROR; the record is not written.
WRITE 0 ON F, "C" ON ERROR PRINT "WRITE C: ON ERROR, status ":STATUS()
READ R FROM F, "C" THEN PRINT "C was written" ELSE PRINT "C is not in the file"
WRITE 0 ON F, "A" ON ERROR PRINT "WRITE A: ON ERROR, status ":STATUS()
READ R FROM F, "A" THEN PRINT "A is still ":R
GOSUB SHOW

* In a transaction the keys are computed at COMMIT: a failing one makes the commit fail.
TRANSACTION START ELSE PRINT "no transaction"
WRITE 10 ON F, "D"
WRITE 0 ON F, "E"
TRANSACTION COMMIT THEN PRINT "committed" ELSE PRINT "COMMIT failed, status ":STATUS()
READ R FROM F, "D" THEN PRINT "D was written" ELSE PRINT "D is not in the file"
GOSUB SHOW

* The dictionary item changes: the index keeps the expression it was made with.
WRITE "I":@FM:"1000 / QTY":@FM:"":@FM:"Share":@FM:"5R":@FM:"S" ON D, "SHARE"
EXECUTE "LIST.INDEX ":ROOT:"/T" CAPTURING OUT
PRINT "   ":OUT<1>
WRITE 50 ON F, "G"
GOSUB SHOW
EXECUTE "COUNT ":ROOT:"/T WITH SHARE = '20' REQUIRE.INDEX" CAPTURING OUT
PRINT OUT
EXECUTE "COUNT ":ROOT:"/T WITH SHARE = '20'"
EXECUTE "CREATE.INDEX ":ROOT:"/T SHARE DELETING" CAPTURING OUT
PRINT "CREATE.INDEX DELETING: ":@SYSTEM.RETURN.CODE
EXECUTE "BUILD.INDEX ":ROOT:"/T SHARE" CAPTURING OUT
EXECUTE "LIST.INDEX ":ROOT:"/T" CAPTURING OUT
PRINT "   ":OUT<1>
GOSUB SHOW
EXECUTE "COUNT ":ROOT:"/T WITH SHARE = '20' REQUIRE.INDEX"

* CREATE.INDEX refuses a PH item, and needs a field name.
WRITE "PH":@FM:"QTY SHARE" ON D, "BOTH"
EXECUTE "CREATE.INDEX ":ROOT:"/T BOTH" CAPTURING OUT
PRINT "CREATE.INDEX of a phrase: ":@SYSTEM.RETURN.CODE
PRINT "   ":OUT<1>
EXECUTE "CREATE.INDEX ":ROOT:"/T NO.NULLS" CAPTURING OUT
PRINT "CREATE.INDEX with no field: ":@SYSTEM.RETURN.CODE

* The index needs no dictionary item once it is made: with SHARE gone, writes are still indexed.
DELETE D, "SHARE"
WRITE 8 ON F, "K"
GOSUB SHOW
EXECUTE "LIST.INDEX ":ROOT:"/T" CAPTURING OUT
PRINT "   ":OUT<1>
CLOSE F
CLOSE D
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
STOP

SHOW:
   SELECTINDEX "SHARE" FROM F TO 2
   READLIST KEYS FROM 2 ELSE KEYS = ""
   LINE = "   SHARE:"
   FOR EACH KEY IN KEYS
      SELECTINDEX "SHARE", KEY FROM F TO 3
      READLIST IDS FROM 3 ELSE IDS = ""
      LINE := " [":KEY:"]=":CONVERT(@FM, ",", IDS)
   NEXT KEY
   PRINT LINE
   RETURN
