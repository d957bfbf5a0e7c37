* Runtime errors QM makes catchable are thrown as exceptions of the SYS group; the error message is in
* both @EXCEPTION.DATA and @ABORT.MESSAGE and is not displayed. ABORT is caught as SYS.ABORT.
DIM M(3)
D = 0
S = "abc"
TRY
   X = 7 / D
CATCH SYS.PROGRAM.DIV_ZERO
   PRINT "1: ":@EXCEPTION:" / ":@EXCEPTION.DATA
END
TRY
   X = S + 1
CATCH SYS.PROGRAM.DATATYPE
   PRINT "2: ":@EXCEPTION
END
TRY
   X = NEVER.SET + 1
CATCH SYS.PROGRAM.DATATYPE.UNASSIGNED
   PRINT "3: ":@EXCEPTION:" / ":@EXCEPTION.DATA
END
TRY
   M(5) = 1
CATCH SYS.PROGRAM.INVALID_MATRIX_INDEX
   PRINT "4: ":@EXCEPTION
END
TRY
   CALL NO.SUCH.ROUTINE
CATCH SYS.PROGRAM.NOT_FOUND
   PRINT "5: ":@EXCEPTION
END
TRY
   ABORT "Cannot open STOCK.FILE"
CATCH SYS.ABORT
   PRINT "6: ":@EXCEPTION:" / ":@EXCEPTION.DATA:" / ":@ABORT.MESSAGE
END
* SYS$ANY catches every catchable error; the whole SYS group too.
TRY
   X = SQRT(-1)
CATCH SYS$ANY
   PRINT "7: ":@EXCEPTION
END
TRY
   X = 1 / D
CATCH SYS
   PRINT "8: ":@EXCEPTION:" origin line ":@EXCEPTION.ORIGIN<2>
END
* A null exception name is itself an error, caught as SYS.PROGRAM.DATATYPE.NULL_STRING.
TRY
   THROW ""
CATCH SYS.PROGRAM.DATATYPE.NULL_STRING
   PRINT "8: null name: ":@EXCEPTION
END
* CAUGHT(): is there an active handler? Modes 1 and 2 count SYS$ANY and SYS$UNHANDLED.
PRINT "9: outside ":CAUGHT("ACCOUNT.INVALID", 0)
TRY
   PRINT "9: group ":CAUGHT("ACCOUNT.INVALID", 0):" other ":CAUGHT("OTHER", 0):CAUGHT("other", 1)
   TRY
      PRINT "9: nested ":CAUGHT("account.closed", 0):" any ":CAUGHT("OTHER", 1):" unhandled ":CAUGHT("OTHER", 2)
   CATCH SYS$UNHANDLED
      NULL
   END
CATCH ACCOUNT, SYS$ANY
   NULL
END
PRINT "9: after ":CAUGHT("ACCOUNT", 3)
END
