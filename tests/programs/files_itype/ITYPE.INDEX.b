* Indices on computed dictionary items: an I-type of the record, one of the record id (@ID), a
* multivalued I-type (one key per value), an A-type with a conversion correlative. BUILD.INDEX fills them,
* WRITE, DELETE and transactions (COMMIT and ROLLBACK) keep them in step, SELECTINDEX, SETLEFT and
* SELECTRIGHT read them, and a query's WITH uses one. Works in /tmp/mvbasic-test-itype-<pid>.
ROOT = "/tmp/mvbasic-test-itype-":SYSTEM(1031)
EXECUTE "SH -c 'rm -rf ":ROOT:"; mkdir -p ":ROOT:"'" CAPTURING JUNK
EXECUTE "CREATE.FILE ":ROOT:"/CUST" CAPTURING JUNK
OPEN "DICT", ROOT:"/CUST" TO D ELSE STOP "cannot open the dictionary: ":STATUS()
WRITE "D":@FM:1:@FM:"":@FM:"Name":@FM:"10L":@FM:"S" ON D, "NAME"
WRITE "D":@FM:2:@FM:"":@FM:"Tags":@FM:"10L":@FM:"M" ON D, "TAGS"
WRITE "I":@FM:"UPCASE(NAME)":@FM:"":@FM:"Up":@FM:"10L":@FM:"S" ON D, "UPNAME"
WRITE "I":@FM:"FIELD(@ID, '-', 1)":@FM:"":@FM:"Area":@FM:"4L":@FM:"S" ON D, "AREA"
WRITE "I":@FM:"UPCASE(TAGS)":@FM:"":@FM:"Up tags":@FM:"10L":@FM:"M" ON D, "UPTAGS"
WRITE "A":@FM:1:@FM:"Cap":@FM:"":@FM:"":@FM:"":@FM:"":@FM:"MCT":@FM:"L":@FM:"8" ON D, "CAP"
OPEN ROOT:"/CUST" TO F ELSE STOP "cannot open CUST: ":STATUS()
WRITE "ann":@FM:"red":@VM:"blue" ON F, "K-1"
WRITE "bob":@FM:"blue" ON F, "K-2"
WRITE "cy":@FM:"" ON F, "L-3"

EXECUTE "CREATE.INDEX ":ROOT:"/CUST UPNAME AREA CAP" CAPTURING OUT
PRINT "CREATE.INDEX UPNAME AREA CAP: ":@SYSTEM.RETURN.CODE
EXECUTE "CREATE.INDEX ":ROOT:"/CUST UPTAGS NO.NULLS" CAPTURING OUT
PRINT "CREATE.INDEX UPTAGS NO.NULLS: ":@SYSTEM.RETURN.CODE
EXECUTE "LIST.INDEX ":ROOT:"/CUST AREA" CAPTURING OUT
PRINT "before the build: ":OUT<1>
EXECUTE "BUILD.INDEX ":ROOT:"/CUST ALL" CAPTURING OUT
PRINT "BUILD.INDEX ALL: ":@SYSTEM.RETURN.CODE
EXECUTE "LIST.INDEX ":ROOT:"/CUST" CAPTURING OUT
FOR EACH LINE IN OUT
   IF LINE # "" THEN PRINT "   ":LINE
NEXT LINE
PRINT "indices: ":CONVERT(@FM, ",", INDICES(F))
PRINT "UPNAME info: ":CONVERT(@FM:@VM, "^]", INDICES(F, "UPNAME"))
PRINT "UPTAGS info: ":CONVERT(@FM:@VM, "^]", INDICES(F, "UPTAGS"))
PRINT "CAP info: ":CONVERT(@FM:@VM, "^]", INDICES(F, "CAP"))
GOSUB SHOW

* A rewrite, a new record whose two tags are one key, and a delete.
WRITE "Ann":@FM:"Red" ON F, "K-1"
WRITE "dee":@FM:"gold":@VM:"GOLD" ON F, "M-4"
DELETE F, "K-2"
PRINT "after writes and a delete:"
GOSUB SHOW

* ROLLBACK leaves no trace; a COMMIT changes the records and the keys together.
BEGIN TRANSACTION
   WRITE "eve":@FM:"pink" ON F, "N-5"
   ROLLBACK
END TRANSACTION
BEGIN TRANSACTION
   WRITE "fay":@FM:"red" ON F, "K-6"
   DELETE F, "L-3"
   COMMIT
END TRANSACTION
PRINT "after ROLLBACK and COMMIT:"
GOSUB SHOW

* A scan of the index on @ID, key by key.
SETLEFT "AREA" FROM F
FOR I = 1 TO 3
   SELECTRIGHT "AREA" FROM F SETTING KEY TO 2
   READLIST IDS FROM 2 ELSE IDS = ""
   PRINT "SELECTRIGHT: [":KEY:"] ":CONVERT(@FM, ",", IDS):" status ":STATUS()
NEXT I
SETRIGHT "UPNAME" FROM F
SELECTLEFT "UPNAME" FROM F SETTING KEY TO 2
READLIST IDS FROM 2 ELSE IDS = ""
PRINT "SELECTLEFT: [":KEY:"] ":CONVERT(@FM, ",", IDS)

* The query processor reads the index of an I-type for an equality test.
EXECUTE "COUNT ":ROOT:"/CUST WITH UPTAGS = 'RED' REQUIRE.INDEX"
EXECUTE "COUNT ":ROOT:"/CUST WITH AREA = 'K' AND UPNAME = 'FAY' REQUIRE.INDEX"
EXECUTE "COUNT ":ROOT:"/CUST WITH UPNAME = 'ANN' NO.INDEX"

* DELETE.INDEX removes an I-type index like any other.
EXECUTE "DELETE.INDEX ":ROOT:"/CUST UPTAGS" CAPTURING OUT
PRINT "DELETE.INDEX UPTAGS: ":@SYSTEM.RETURN.CODE:", indices now ":CONVERT(@FM, ",", INDICES(F))
SELECTINDEX "UPTAGS", "RED" FROM F TO 2
PRINT "SELECTINDEX of the deleted index: status ":STATUS()
CLOSE F
CLOSE D
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
STOP

* The keys of each index, each with its ids.
SHOW:
   FOR EACH NAME IN "UPNAME":@FM:"AREA":@FM:"UPTAGS":@FM:"CAP"
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
