* The process and licence facts a process can ask for (sockets.md section 8.3).
PRINT "user=":SYSTEM(18):" usrno=":@USERNO:" phantom=":SYSTEM(25):" licence=":SYSTEM(31)
PRINT "numusers=":SYSTEM(1013):" limit=":SYSTEM(1014):" free=":SYSTEM(1016)
