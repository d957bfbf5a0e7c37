* Exception groups: a CATCH name catches that exception and every exception whose name continues it after
* a period. SYS$ANY catches anything; SYS$UNHANDLED only what no handler on the whole stack catches by
* name or SYS$ANY. @EXCEPTION always holds the name thrown.
NAMES = "ACCOUNT.INVALID":@FM:"ACCOUNT.INVALID.CLOSED":@FM:"ACCOUNT":@FM:"ACCOUNTS.DUE"
FOR I = 1 TO 4
   TRY
      TRY
         THROW NAMES<I>
      CATCH ACCOUNT
         PRINT "1: group ACCOUNT caught ":@EXCEPTION
      END
   CATCH SYS$ANY
      PRINT "1: outer SYS$ANY caught ":@EXCEPTION
   END
NEXT I
* SYS$ANY in an outer TRY takes priority over SYS$UNHANDLED in an inner one.
TRY
   TRY
      THROW "ODD.ONE"
   CATCH OTHER
      PRINT "2: not reached"
   CATCH SYS$UNHANDLED
      PRINT "2: inner SYS$UNHANDLED"
   END
CATCH SYS$ANY
   PRINT "2: outer SYS$ANY caught ":@EXCEPTION
END
* With no SYS$ANY anywhere, SYS$UNHANDLED takes what nothing names, even from an inner TRY.
TRY
   TRY
      THROW "ODD.TWO", "x"
   CATCH OTHER
      PRINT "3: not reached"
   END
CATCH SYS$UNHANDLED
   PRINT "3: SYS$UNHANDLED caught ":@EXCEPTION:" ":@EXCEPTION.DATA
CATCH OTHER.TWO
   PRINT "3: not reached"
END
* A named handler further out is preferred to SYS$UNHANDLED nearer in.
TRY
   TRY
      THROW "FAR.AWAY"
   CATCH SYS$UNHANDLED
      PRINT "4: not reached"
   END
CATCH FAR
   PRINT "4: named group caught ":@EXCEPTION
END
* SYS$ANY after other names in the same construct.
TRY
   THROW "ZZZ"
CATCH AAA
   PRINT "5: not reached"
CATCH BBB, SYS$ANY
   PRINT "5: SYS$ANY caught ":@EXCEPTION
END
END
