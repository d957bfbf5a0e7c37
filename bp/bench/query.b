* Query benchmark: one phase, timed from outside by bp/bench/query.sh.
*   mvbasic run query.b PHASE N
* LOAD writes N orders to the hashed file ORDERS (1 CUST: C0..C999, indexed; 2 STATUS: OPEN for one order
* in ten, else DONE; 3 AMOUNT) and its dictionary. The other phases run one query, or the same selection
* written as a BASIC loop of READNEXT and READ, and print what they found:
*   SSELECT  SSELECT ORDERS WITH STATUS = "OPEN" BY AMOUNT
*   LOOP     the same selection as a READNEXT/READ loop (no sort)
*   INDEXED  COUNT ORDERS WITH CUST = "C7" (served by the index)
*   SCAN     COUNT ORDERS WITH STATUS = "OPEN" (no index: every record is read)
*   LOOPC7   the CUST = "C7" selection as a READNEXT/READ loop
PHASE = FIELD(@SENTENCE, " ", 3)
N = FIELD(@SENTENCE, " ", 4) + 0
BEGIN CASE
   CASE PHASE = "LOAD"
      EXECUTE "CREATE.FILE ORDERS" CAPTURING JUNK
      OPEN "DICT", "ORDERS" TO D ELSE STOP "no dictionary"
      WRITE "D":@FM:1:@FM:"":@FM:"Customer":@FM:"8L":@FM:"S" ON D, "CUST"
      WRITE "D":@FM:2:@FM:"":@FM:"Status":@FM:"6L":@FM:"S" ON D, "STATUS"
      WRITE "D":@FM:3:@FM:"":@FM:"Amount":@FM:"8R":@FM:"S" ON D, "AMOUNT"
      OPEN "ORDERS" TO F ELSE STOP "no file"
      FOR I = 1 TO N
         ST = IF MOD(I, 10) = 0 THEN "OPEN" ELSE "DONE"
         WRITE "C":MOD(I, 1000):@FM:ST:@FM:MOD(I * 7919, 100000) ON F, I
      NEXT I
      * Built once after the load: an index kept up to date costs every WRITE a little.
      EXECUTE "CREATE.INDEX ORDERS CUST" CAPTURING JUNK
      EXECUTE "BUILD.INDEX ORDERS CUST" CAPTURING JUNK
      PRINT "LOAD ":N
   CASE PHASE = "SSELECT"
      EXECUTE 'SSELECT ORDERS WITH STATUS = "OPEN" BY AMOUNT'
   CASE PHASE = "INDEXED"
      EXECUTE 'COUNT ORDERS WITH CUST = "C7"'
   CASE PHASE = "SCAN"
      EXECUTE 'COUNT ORDERS WITH STATUS = "OPEN"'
   CASE PHASE = "LOOP" OR PHASE = "LOOPC7"
      OPEN "ORDERS" TO F ELSE STOP "no file"
      SELECT F
      COUNT = 0
      LOOP
         READNEXT ID ELSE EXIT
         READ R FROM F, ID THEN
            IF PHASE = "LOOP" THEN
               IF R<2> = "OPEN" THEN COUNT += 1
            END ELSE
               IF R<1> = "C7" THEN COUNT += 1
            END
         END
      REPEAT
      PRINT COUNT:" record(s) found by the loop"
END CASE
