* SAVE.SCREEN() and RESTORE.SCREEN: no standard terminfo entry has QM's sreg and rreg, so, as in QM,
* nothing is sent to the terminal. PRINTERR and INPUTERR write their message as a line when standard
* output is not a terminal; an empty message writes nothing.
IMG = SAVE.SCREEN(0, 0, 10, 5)
PRINT "saved"
RESTORE.SCREEN IMG, 1
RESTORE.SCREEN IMG
PRINT "restored"
PRINTERR "Value must be numeric"
INPUTERR "Try again"
PRINTERR
PRINTERR ""
PRINT "end"
