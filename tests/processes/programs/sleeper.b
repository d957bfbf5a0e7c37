* A phantom that reports who it is, then waits (at most a minute) so tests can list and stop it.
PRINT "user=":@USERNO:" phantom=":SYSTEM(25):" tty=":@TTY:" sentence=":@SENTENCE
FOR I = 1 TO 600
  NAP 100
NEXT I
PRINT "sleeper finished"
