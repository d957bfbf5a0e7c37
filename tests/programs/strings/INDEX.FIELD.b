* INDEX, COUNT, DCOUNT and FIELD with COL1/COL2: occurrences, no overlaps, null strings and marks
S = "a.b..c"
PRINT "INDEX=":INDEX(S, ".", 1):",":INDEX(S, ".", 3):",":INDEX(S, ".", 4):",":INDEX(S, "..", 1)
PRINT "NOOVERLAP=":INDEX("aaaa", "aa", 2):",":INDEX("aaa", "aa", 2)
PRINT "INDEXNULL=":INDEX("", "a", 1):",":INDEX("abc", "c", 0)
PRINT "COUNT=":COUNT(S, "."):",":COUNT("aaa", "aa"):",":COUNT("", "x"):",":COUNT("abc", "")
PRINT "COUNTMARK=":COUNT("a":@VM:"b":@VM:"c", @VM):",":COUNT(12321, 2)
PRINT "DCOUNT=":DCOUNT(S, "."):",":DCOUNT("", "."):",":DCOUNT("x", "."):",":DCOUNT("a":@VM:"b", @VM):",":DCOUNT(@FM, @FM)
PRINT "FIELD=":FIELD(S, ".", 2):",[":FIELD(S, ".", 3):"],":FIELD(S, ".", 4):",[":FIELD(S, ".", 5):"]"
PRINT "FIELDLOW=":FIELD(S, ".", -1):",[":FIELD("", ".", 1):"]"
PRINT "FIELDMULTI=":FIELD("k1=v1;k2=v2;k3=v3", ";", 2, 2)
PRINT "FIELDMARK=":FIELD("x":@VM:"y":@VM:"z", @VM, 3)
PRINT "FIELDNODELIM=":FIELD("abc", "", 1)
X = FIELD("one two three", " ", 2)
PRINT "COL=":X:" ":COL1():" ":COL2()
X = FIELD("one two three", " ", 3)
PRINT "COLLAST=":X:" ":COL1():" ":COL2()
X = FIELD("one two three", " ", 1)
PRINT "COLFIRST=":X:" ":COL1():" ":COL2()
X = FIELD("one two three", " ", 9)
PRINT "COLMISS=[":X:"] ":COL1():" ":COL2()
END
