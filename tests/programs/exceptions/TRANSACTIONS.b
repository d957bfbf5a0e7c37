* Transactions begun in a TRY clause and still open when an exception leaves it are rolled back: their held
* writes are discarded and @TRANSACTION.LEVEL is what it was at the TRY. A transaction open before the TRY
* stays open. The file is made in /tmp/mvbasic-test-exc-txn-<pid>.
ROOT = "/tmp/mvbasic-test-exc-txn-":SYSTEM(1031)
EXECUTE "SH -c 'mkdir -p ":ROOT:"/LEDGER'" CAPTURING JUNK
OPENPATH ROOT:"/LEDGER" TO F ELSE STOP "no LEDGER file"
PRINT "1: level ":@TRANSACTION.LEVEL
TRY
   BEGIN TRANSACTION
      WRITE "100" ON F, "ENTRY1"
      TRANSACTION START ELSE PRINT "no nested transaction"
      PRINT "1: in TRY, level ":@TRANSACTION.LEVEL
      THROW "POSTING.FAILED"
      COMMIT
   END TRANSACTION
CATCH POSTING.FAILED
   PRINT "1: caught, level ":@TRANSACTION.LEVEL
END
READ R FROM F, "ENTRY1" THEN PRINT "1: written anyway" ELSE PRINT "1: the write was rolled back"
TRANSACTION START ELSE PRINT "no transaction"
TRY
   THROW "INSIDE"
CATCH INSIDE
   PRINT "2: caught, level ":@TRANSACTION.LEVEL
END
TRANSACTION ABORT
PRINT "3: level ":@TRANSACTION.LEVEL
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
END
