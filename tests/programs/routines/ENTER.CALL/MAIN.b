* ENTER is a synonym for CALL in QM (unless $MODE PICK.ENTER): the routine runs and control comes back
V = 10
ENTER ENT.ADD(V, 5)
PRINT "AFTER ENTER=":V
NAME = "ENT.ADD"
ENTER @NAME(V, 1)
PRINT "INDIRECT=":V
END
