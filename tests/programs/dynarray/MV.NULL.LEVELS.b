* Multivalue functions on a null string (one cycle) and on arguments whose mark levels differ
EQU SHOW TO "^]\"
PRINT "LENSNULL=[":LENS(""):"]"
PRINT "CATSLEVELS=":CONVERT(@FM:@VM:@SM, SHOW, CATS("a":@FM:"b", "x":@VM:"y"))
END
