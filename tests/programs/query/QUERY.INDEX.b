* A WITH clause that tests an indexed field for equality reads the index instead of the whole file.
* REQUIRE.INDEX shows which way a query went: it stops a query that no index serves, as in QM. The
* results are the same either way (NO.INDEX forces the scan). Works in /tmp/mvbasic-test-query-<pid>.
ROOT = "/tmp/mvbasic-test-query-":SYSTEM(1031)
EXECUTE "SH -c 'rm -rf ":ROOT:"; mkdir -p ":ROOT:"'" CAPTURING JUNK
EXECUTE "CREATE.FILE ":ROOT:"/ORDERS" CAPTURING JUNK
OPEN "DICT", ROOT:"/ORDERS" TO D ELSE STOP "no dictionary"
WRITE "D":@FM:0:@FM:"":@FM:"Order":@FM:"6L":@FM:"S" ON D, "@ID"
WRITE "D":@FM:1:@FM:"":@FM:"Customer":@FM:"8L":@FM:"S" ON D, "CUST"
WRITE "D":@FM:2:@FM:"":@FM:"Status":@FM:"6L":@FM:"S" ON D, "STATUS"
WRITE "D":@FM:3:@FM:"":@FM:"Amount":@FM:"7R":@FM:"S" ON D, "AMOUNT"
OPEN ROOT:"/ORDERS" TO F ELSE STOP "no file"
FOR I = 1 TO 200
   STATUS.TEXT = IF MOD(I, 3) = 0 THEN "OPEN" ELSE "SHIPPED"
   REC = "C":MOD(I, 7):@FM:STATUS.TEXT:@FM:I * 10
   WRITE REC ON F, "O":FMT(I, "3'0'R")
NEXT I
EXECUTE "CREATE.INDEX ":ROOT:"/ORDERS CUST" CAPTURING JUNK
EXECUTE "BUILD.INDEX ":ROOT:"/ORDERS CUST" CAPTURING JUNK
Q = "COUNT ":ROOT:"/ORDERS WITH CUST = 'C3'"
EXECUTE Q:" REQUIRE.INDEX"
EXECUTE Q:" NO.INDEX"
EXECUTE Q:" AND STATUS = 'OPEN' REQUIRE.INDEX"
EXECUTE Q:" AND STATUS = 'OPEN' NO.INDEX"
EXECUTE "COUNT ":ROOT:"/ORDERS WITH STATUS = 'OPEN' AND CUST = 'C3' 'C4' REQUIRE.INDEX"
* OR, a test that is not equality, or a field with no index: the whole file is read.
EXECUTE "COUNT ":ROOT:"/ORDERS WITH CUST = 'C3' OR STATUS = 'OPEN' REQUIRE.INDEX" CAPTURING OUT
PRINT OUT
EXECUTE "COUNT ":ROOT:"/ORDERS WITH STATUS = 'OPEN' REQUIRE.INDEX" CAPTURING OUT
PRINT OUT
* NOCASE is not served by the index (its keys are kept as written), but finds the same records.
EXECUTE "COUNT ":ROOT:"/ORDERS WITH CUST = NOCASE 'c3' REQUIRE.INDEX" CAPTURING OUT
PRINT OUT
EXECUTE "COUNT ":ROOT:"/ORDERS WITH CUST = NOCASE 'c3'"
EXECUTE "COUNT ":ROOT:"/ORDERS WITH STATUS = 'OPEN'"
* The index follows writes.
WRITE "C3":@FM:"OPEN":@FM:5 ON F, "O999"
EXECUTE Q:" REQUIRE.INDEX"
EXECUTE "SSELECT ":ROOT:"/ORDERS WITH CUST = 'C3' AND AMOUNT < 100 BY.DSND AMOUNT REQUIRE.INDEX"
LOOP
   READNEXT ID ELSE EXIT
   PRINT ID:" ":
REPEAT
PRINT
EXECUTE "LIST ":ROOT:"/ORDERS WITH CUST = 'C3' AND AMOUNT < 100 CUST STATUS AMOUNT HDR.SUP REQUIRE.INDEX"
EXECUTE "SH -c 'rm -rf ":ROOT:"'"
