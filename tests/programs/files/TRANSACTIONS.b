* Transactions on hashed files: BEGIN TRANSACTION ... COMMIT / ROLLBACK ... END TRANSACTION, nesting,
* @TRANSACTION.ID and @TRANSACTION.LEVEL, locks kept until the end, and TRANSACTION START/COMMIT/ABORT.
* (hashed_test.py checks that other processes see nothing before COMMIT.) Works in
* /tmp/mvbasic-test-txn-<pid>, removed at the end.
ROOT = "/tmp/mvbasic-test-txn-":SYSTEM(1031)
EXECUTE "SH -c 'mkdir -p ":ROOT:"'" CAPTURING JUNK
CREATE.FILE ROOT:"/ORDERS" DYNAMIC
CREATE.FILE ROOT:"/STOCK" DYNAMIC
OPEN ROOT:"/ORDERS" TO ORDERS ELSE STOP "no ORDERS"
OPEN ROOT:"/STOCK" TO STOCK ELSE STOP "no STOCK"
WRITE 10 ON STOCK, "WIDGET"
PRINT "outside: level ":@TRANSACTION.LEVEL:", id ":@TRANSACTION.ID

* COMMIT applies the writes to both files and leaves the block: the line after it never runs.
BEGIN TRANSACTION
   PRINT "inside: level ":@TRANSACTION.LEVEL:", id set ":(@TRANSACTION.ID > 0)
   READU QTY FROM STOCK, "WIDGET" ELSE QTY = 0
   WRITE QTY - 3 ON STOCK, "WIDGET"
   WRITE "WIDGET":@VM:3 ON ORDERS, "O1"
   READ X FROM STOCK, "WIDGET" THEN PRINT "the process sees its own write: ":X
   PRINT "WRITE keeps the lock until the end: ":RECORDLOCKED(STOCK, "WIDGET")
   COMMIT
   PRINT "never printed"
END TRANSACTION
PRINT "after COMMIT: level ":@TRANSACTION.LEVEL:", lock ":RECORDLOCKED(STOCK, "WIDGET")
READ X FROM STOCK, "WIDGET" THEN PRINT "stock ":X
READ X FROM ORDERS, "O1" THEN PRINT "order ":CONVERT(@VM, " ", X)

* ROLLBACK discards them, deletes included.
BEGIN TRANSACTION
   WRITE 0 ON STOCK, "WIDGET"
   DELETE ORDERS, "O1"
   READ X FROM ORDERS, "O1" ELSE PRINT "the process sees its own delete: ELSE, STATUS ":STATUS()
   ROLLBACK
   PRINT "never printed"
END TRANSACTION
READ X FROM STOCK, "WIDGET" THEN PRINT "after ROLLBACK: stock ":X
READ X FROM ORDERS, "O1" THEN PRINT "after ROLLBACK: order O1 is still there"

* Reaching END TRANSACTION without COMMIT discards the transaction too.
BEGIN TRANSACTION
   WRITE "x" ON ORDERS, "O2"
END TRANSACTION
READ X FROM ORDERS, "O2" ELSE PRINT "no COMMIT: O2 was not written"

* Nested: the inner COMMIT hands its writes to the outer transaction, which decides.
BEGIN TRANSACTION
   WRITE "outer" ON ORDERS, "O3"
   BEGIN TRANSACTION
      PRINT "nested: level ":@TRANSACTION.LEVEL
      WRITE "inner" ON ORDERS, "O4"
      COMMIT
   END TRANSACTION
   READ X FROM ORDERS, "O4" THEN PRINT "after the inner COMMIT: ":X:", level ":@TRANSACTION.LEVEL
   ROLLBACK
END TRANSACTION
READ X FROM ORDERS, "O4" ELSE PRINT "the outer ROLLBACK discarded O4"
READ X FROM ORDERS, "O3" ELSE PRINT "and O3"

* A COMMIT inside IF: the block's structure is kept.
FOR I = 1 TO 2
   BEGIN TRANSACTION
      WRITE I ON ORDERS, "L":I
      IF I = 2 THEN COMMIT
   END TRANSACTION
NEXT I
READ X FROM ORDERS, "L1" ELSE PRINT "L1 rolled back"
READ X FROM ORDERS, "L2" THEN PRINT "L2 committed"

* The unstructured forms.
TRANSACTION START THEN PRINT "TRANSACTION START: THEN, level ":@TRANSACTION.LEVEL
WRITE "t" ON ORDERS, "T1"
TRANSACTION COMMIT THEN PRINT "TRANSACTION COMMIT: THEN" ELSE PRINT "COMMIT failed"
READ X FROM ORDERS, "T1" THEN PRINT "T1: ":X
TRANSACTION START ELSE PRINT "never"
WRITE "u" ON ORDERS, "T2"
TRANSACTION ABORT
READ X FROM ORDERS, "T2" ELSE PRINT "TRANSACTION ABORT: T2 was not written, level ":@TRANSACTION.LEVEL
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
