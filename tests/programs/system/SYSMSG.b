* SYSMSG(n {, arg1 ... arg4}): numbered system messages, QM's numbers where QM has the message. %1 to %4
* are the arguments (a missing one is empty), %S is STATUS(), %E is OS.ERROR(); a number with no message
* gives "[n] Message not found".
PRINT SYSMSG(1108)
PRINT SYSMSG(1105, "TOTAL")
PRINT SYSMSG(1005, "SUB", 2, 3)
PRINT SYSMSG(1118, 12)
PRINT SYSMSG(1116)
PRINT "[":SYSMSG(4321):"]"
PRINT SYSMSG(9007, "SELECTINDEX")
* SETPU on print unit 300 sets STATUS() to ER$PRT.UNIT (1007).
SETPU 2, 300, 80
PRINT SYSMSG(9013)
PRINT SYSMSG(1115, 300)
N = 1222
PRINT SYSMSG(N + 1)
PRINT LEN(SYSMSG(1750)) > 0
