* Ctrl-C while KEYIN() waits, after ECHO OFF: the process ends and the terminal is as it was.
ECHO OFF
PRINT "WAITING"
K = KEYIN()
PRINT "NOT REACHED"
