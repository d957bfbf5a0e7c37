* CATCH ... SAVING.STACK (or $MODE EXCEPTION.SAVE.STACK) sets @EXCEPTION.STACK as SYSTEM(1002) gives
* the call stack at the THROW: a field per routine, innermost first, holding its name and then a value for
* its position and for each GOSUB it is in, each value an address and a line (subvalues).
TRY
   CALL STK.SUB
CATCH DEEP
   PRINT "1: without SAVING.STACK [":@EXCEPTION.STACK:"]"
END
TRY
   GOSUB DOWN
CATCH DEEP SAVING.STACK
   GOSUB SHOW
END
$MODE EXCEPTION.SAVE.STACK
@EXCEPTION.STACK = ""
TRY
   CALL STK.SUB
CATCH DEEP
   GOSUB SHOW
END
STOP

DOWN:
   CALL STK.SUB
   RETURN
SHOW:
   FOR L = 1 TO DCOUNT(@EXCEPTION.STACK, @FM)
      P = @EXCEPTION.STACK<L>
      LINES = ""
      FOR V = 2 TO DCOUNT(P, @VM)
         LINES := " ":P<1, V, 2>
      NEXT V
      PRINT L:": ":P<1, 1>:" lines":LINES
   NEXT L
   RETURN
