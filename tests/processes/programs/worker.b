* A short phantom: writes a marker file named after its user number and ends.
PRINT "worker ":@USERNO:" phantom=":SYSTEM(25)
EXECUTE "SH -c 'echo done > done.":@USERNO:"'"
PRINT "worker wrote done.":@USERNO
