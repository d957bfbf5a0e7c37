* Alternate-key indices on a hashed file, made by the index commands and kept in step with WRITE, DELETE,
* CLEARFILE and transactions; SELECTINDEX reads them. Works in /tmp/mvbasic-test-index-<pid>, removed at
* the end.
ROOT = "/tmp/mvbasic-test-index-":SYSTEM(1031)
EXECUTE "SH -c 'rm -rf ":ROOT:"; mkdir -p ":ROOT:"'" CAPTURING JUNK
EXECUTE "CREATE.FILE ":ROOT:"/CUST" CAPTURING JUNK
OPEN "DICT", ROOT:"/CUST" TO D ELSE STOP "cannot open the dictionary: ":STATUS()
WRITE "D":@FM:2:@FM:"":@FM:"City":@FM:"10L":@FM:"S" ON D, "CITY"
WRITE "D":@FM:3:@FM:"":@FM:"Tags":@FM:"10L":@FM:"M" ON D, "TAGS"
WRITE "I":@FM:"1 +":@FM:"":@FM:"Expr":@FM:"10L":@FM:"S" ON D, "EXPR"
OPEN ROOT:"/CUST" TO F ELSE STOP "cannot open CUST: ":STATUS()
WRITE "Ann":@FM:"Leeds":@FM:"red":@VM:"blue":@VM:"red" ON F, "C1"
WRITE "Bob":@FM:"York":@FM:"blue" ON F, "C2"
WRITE "Cy":@FM:"":@FM:"" ON F, "C3"
PRINT "indices before: [":INDICES(F):"]"

* CREATE.INDEX makes an empty index that needs a build; BUILD.INDEX fills it from the records.
EXECUTE "CREATE.INDEX ":ROOT:"/CUST CITY" CAPTURING OUT
PRINT "CREATE.INDEX CITY: ":@SYSTEM.RETURN.CODE
EXECUTE "CREATE.INDEX ":ROOT:"/CUST TAGS NO.NULLS" CAPTURING OUT
PRINT "CREATE.INDEX TAGS NO.NULLS: ":@SYSTEM.RETURN.CODE
PRINT "indices: ":CONVERT(@FM, ",", INDICES(F))
PRINT "CITY info before the build: ":CONVERT(@FM:@VM, "^]", INDICES(F, "CITY"))
EXECUTE "LIST.INDEX ":ROOT:"/CUST CITY" CAPTURING OUT
PRINT "LIST.INDEX CITY: ":OUT<1>
SELECTINDEX "CITY", "York" FROM F TO 2
PRINT "before the build: status ":STATUS():", ids ":SELECTINFO(2, 3)
EXECUTE "BUILD.INDEX ":ROOT:"/CUST ALL" CAPTURING OUT
PRINT "BUILD.INDEX ALL: ":@SYSTEM.RETURN.CODE
EXECUTE "LIST.INDEX ":ROOT:"/CUST" CAPTURING OUT
PRINT "LIST.INDEX:"
FOR EACH LINE IN OUT
   IF LINE # "" THEN PRINT "   ":LINE
NEXT LINE
PRINT "CITY info: ":CONVERT(@FM:@VM, "^]", INDICES(F, "CITY"))
PRINT "TAGS info: ":CONVERT(@FM:@VM, "^]", INDICES(F, "TAGS"))
GOSUB SHOW

* Writes and deletes change the index at once.
WRITE "Dee":@FM:"York":@FM:"green" ON F, "C4"
WRITE "Ann":@FM:"Hull":@FM:"red" ON F, "C1"
DELETE F, "C2"
PRINT "after writes and a delete:"
GOSUB SHOW

* A transaction's writes reach the index at COMMIT; ROLLBACK leaves no trace.
BEGIN TRANSACTION
   WRITE "Eve":@FM:"Leeds":@FM:"gold" ON F, "C5"
   DELETE F, "C4"
   COMMIT
END TRANSACTION
BEGIN TRANSACTION
   WRITE "Fay":@FM:"Ripon":@FM:"pink" ON F, "C6"
   ROLLBACK
END TRANSACTION
PRINT "after COMMIT and ROLLBACK:"
GOSUB SHOW

* CLEARFILE empties the indices; they stay built and follow the next writes.
CLEARFILE F
PRINT "after CLEARFILE:"
GOSUB SHOW
WRITE "Gil":@FM:"York":@FM:"blue" ON F, "C7"
PRINT "after one more write:"
GOSUB SHOW
PRINT "OUTERJOIN: ":OUTERJOIN(ROOT:"/CUST", "CITY", "York"):", status ":STATUS()
PRINT "OUTERJOIN of no index: [":OUTERJOIN(ROOT:"/CUST", "NAME", "x"):"], status ":STATUS()

* DELETE.INDEX removes an index; a name that is no index is ER$AKNF.
EXECUTE "DELETE.INDEX ":ROOT:"/CUST TAGS" CAPTURING OUT
PRINT "DELETE.INDEX TAGS: ":@SYSTEM.RETURN.CODE:", indices now ":CONVERT(@FM, ",", INDICES(F))
PRINT "INDICES(F, 'TAGS'): [":INDICES(F, "TAGS"):"] status ":STATUS()
SELECTINDEX "TAGS", "blue" FROM F TO 2
PRINT "SELECTINDEX of a deleted index: status ":STATUS()

* The commands' errors: an I-type that does not compile, a missing field, an index that exists, a directory file.
EXECUTE "CREATE.INDEX ":ROOT:"/CUST EXPR" CAPTURING OUT
PRINT "CREATE.INDEX of an I-type that does not compile: ":@SYSTEM.RETURN.CODE
EXECUTE "CREATE.INDEX ":ROOT:"/CUST NOSUCH" CAPTURING OUT
PRINT "CREATE.INDEX of a missing field: ":@SYSTEM.RETURN.CODE
EXECUTE "CREATE.INDEX ":ROOT:"/CUST CITY" CAPTURING OUT
PRINT "CREATE.INDEX again: ":@SYSTEM.RETURN.CODE
EXECUTE "BUILD.INDEX ":ROOT:"/CUST NOSUCH" CAPTURING OUT
PRINT "BUILD.INDEX of no index: ":@SYSTEM.RETURN.CODE
EXECUTE "CREATE.FILE ":ROOT:"/DIRF DIRECTORY" CAPTURING OUT
EXECUTE "CREATE.INDEX ":ROOT:"/DIRF CITY" CAPTURING OUT
PRINT "CREATE.INDEX on a directory file: ":@SYSTEM.RETURN.CODE
EXECUTE "DELETE.INDEX ":ROOT:"/CUST ALL" CAPTURING OUT
PRINT "DELETE.INDEX ALL: ":@SYSTEM.RETURN.CODE:", indices now [":INDICES(F):"]"
CLOSE F
CLOSE D
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
STOP

* The keys of both indices, each with its ids.
SHOW:
   FOR EACH NAME IN "CITY":@FM:"TAGS"
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
