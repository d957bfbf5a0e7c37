* TRY/CATCH/THROW: the CATCH clause naming the thrown exception runs, with @EXCEPTION, @EXCEPTION.DATA
* and @EXCEPTION.ORIGIN (program name, line) set; a TRY body that throws nothing skips its clauses.
PRINT "1: start"
TRY
   PRINT "1: body"
CATCH ANYTHING
   PRINT "1: not reached"
END
PRINT "1: after"
TRY
   THROW 'ACCOUNT.INVALID', 42
   PRINT "2: not reached"
CATCH ACCOUNT.INVALID
   PRINT "2: caught ":@EXCEPTION:" data ":@EXCEPTION.DATA
   PRINT "2: origin ":@EXCEPTION.ORIGIN<1>:" line ":@EXCEPTION.ORIGIN<2>
END
PRINT "2: after"
* Without data, @EXCEPTION.DATA is a null string; names are case insensitive and may be quoted.
TRY
   THROW "empty.data"
CATCH "Empty.Data"
   PRINT "3: [":@EXCEPTION.DATA:"] ":LEN(@EXCEPTION.DATA)
END
* Several clauses, several names in a clause, a statement on the TRY line, the name as an expression.
FOR I = 1 TO 3
   NAME = "E":I
   TRY THROW NAME, I * 10
   CATCH E1
      PRINT "4: first clause ":@EXCEPTION:" ":@EXCEPTION.DATA
   CATCH E2, 'E3'
      PRINT "4: second clause ":@EXCEPTION:" ":@EXCEPTION.DATA
   END TRY
NEXT I
* The data may be a dynamic array; the @EXCEPTION variables may be assigned.
TRY
   THROW "LIST", "a":@FM:"b"
CATCH LIST
   PRINT "5: ":DCOUNT(@EXCEPTION.DATA, @FM):" fields, second ":@EXCEPTION.DATA<2>
END
@EXCEPTION = "MINE"
@EXCEPTION.DATA = "D"
PRINT "6: ":@EXCEPTION:" ":@EXCEPTION.DATA
END
