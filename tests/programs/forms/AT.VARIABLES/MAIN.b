* The @variables of issue 10: values QM gives a program run from the command line, and the assignable ones
* keep their values across CALLs because they belong to the process.
PRINT "[":@DS:"]", SEQ(@SYS.BELL), "[":@OPTION:"]", @TERM.TYPE, @SYS0
PRINT @ITYPE.MODE, "[":@ABORT.MESSAGE:"]", @ABORT.CODE, "[":@COMMAND.STACK:"]", "[":@PARASENTENCE:"]"
PRINT @TRANSACTION.ID, @TRANSACTION.LEVEL, "[":@CONV:"]", "[":@LPV:"]", @ND, @NI, @NS, @NV
PRINT (@LPTRWIDE = @CRTWIDE), (@LPTRHIGH = @CRTHIGH), NUM(@GID), NUM(@UID), (LEN(@QMSYS) > 0)
PRINT @USER0, @USER1, @USER2, @USER3, @USER4, @ANS, @ID, @RECORD, @USER.RETURN.CODE, @TRIGGER.RETURN.CODE
PRINT @FILENAME, @FILE.NAME, "[":@PIB:"]", "[":@POB:"]", "[":@SIB:"]", "[":@SOB:"]"
DATA "one", "two"
PRINT CONVERT(@IM, "|", @DATA.PENDING)
INPUT X
PRINT "[":CONVERT(@IM, "|", @DATA.PENDING):"]"
INPUT X
PRINT "[":@DATA.PENDING:"]"
@USER0 = "zero"
@USER3<2> = "f2"
@ANS = 42
@ANS += 1
@ID = "REC1"
@RECORD = "A":@FM:"B"
@FILE.NAME = "CUSTOMERS"
@USER.RETURN.CODE = 7
@PIB = "in"
CALL SETUSER
PRINT @USER0, @USER1, CONVERT(@FM, "^", @USER3), @ANS, @ID, CONVERT(@FM, "^", @RECORD)
PRINT @FILENAME, @USER.RETURN.CODE, @TRIGGER.RETURN.CODE, @PIB, @POB
@SYSTEM.SET = 5
PRINT @SYSTEM.SET, @SYSTEM.RETURN.CODE
