* Element-wise logical, relational and scalar-mapping functions, with REUSE and arrays of different shapes
EQU MARKS TO @FM:@VM:@SM
EQU SHOWN TO "^]\"
A = "1":@VM:"0":@VM:"5"
B = "1":@VM:"1":@VM:"0"
PRINT "ANDS=":CONVERT(MARKS, SHOWN, ANDS(A, B)):" ORS=":CONVERT(MARKS, SHOWN, ORS(A, B)):" NOTS=":CONVERT(MARKS, SHOWN, NOTS(A))
PRINT "NOTS2=":CONVERT(MARKS, SHOWN, NOTS("":@VM:"abc":@VM:"0.0")):" NOTS3=":NOTS(""):" ANDS2=":ANDS(1, 1)
PRINT "SHORT=":CONVERT(MARKS, SHOWN, ANDS("1":@VM:"1":@VM:"1", "1")):" REUSE=":CONVERT(MARKS, SHOWN, ANDS("1":@VM:"1":@VM:"1", REUSE("1")))
PRINT "LEVELS=":CONVERT(MARKS, SHOWN, ANDS("1":@VM:"1":@FM:"1", "1":@FM:"1"))
X = "1":@VM:"5":@VM:"10":@VM:"abc":@VM:""
Y = "2":@VM:"5":@VM:"9":@VM:"abd":@VM:"0"
PRINT "GES=":CONVERT(MARKS, SHOWN, GES(X, Y)):" GTS=":CONVERT(MARKS, SHOWN, GTS(X, Y))
PRINT "LES=":CONVERT(MARKS, SHOWN, LES(X, Y)):" LTS=":CONVERT(MARKS, SHOWN, LTS(X, Y))
PRINT "NES=":CONVERT(MARKS, SHOWN, NES(X, Y)):" NES2=":CONVERT(MARKS, SHOWN, NES("01":@VM:"1.0", "1":@VM:"1"))
PRINT "GTSR=":CONVERT(MARKS, SHOWN, GTS(REUSE(5), "1":@VM:"9":@VM:"5"))
PRINT "IFS1=":CONVERT(MARKS, SHOWN, IFS("1":@VM:"0":@VM:"1", "a":@VM:"b":@VM:"c", "x":@VM:"y":@VM:"z"))
PRINT "IFS2=":CONVERT(MARKS, SHOWN, IFS("1":@VM:"0", "a":@VM:"b":@VM:"c", "x"))
PRINT "IFS3=":CONVERT(MARKS, SHOWN, IFS("1":@VM:"0":@VM:"0", "a":@VM:"b":@VM:"c", REUSE("x")))
PRINT "ABSS=":CONVERT(MARKS, SHOWN, ABSS("-1":@VM:"2":@VM:"-3.5":@VM:""))
PRINT "NUMS=":CONVERT(MARKS, SHOWN, NUMS("1":@VM:"abc":@VM:"":@VM:"1.5":@VM:"-2":@VM:"1e3"))
PRINT "SPACES=":CONVERT(" ":MARKS, ".":SHOWN, SPACES("1":@VM:"0":@VM:"3"))
PRINT "STRS=":CONVERT(MARKS, SHOWN, STRS("ab":@VM:"c":@VM:"", 2)):" ":CONVERT(MARKS, SHOWN, STRS("x":@VM:"y", 0))
PRINT "TRIMS=[":CONVERT(MARKS, SHOWN, TRIMS("  a  b ":@VM:"c  ")):"]"
PRINT "TRIMFS=[":CONVERT(MARKS, SHOWN, TRIMFS("  a ":@VM:"  b")):"] TRIMBS=[":CONVERT(MARKS, SHOWN, TRIMBS("  a ":@VM:"b  ")):"]"
PRINT "INDEXS=":CONVERT(MARKS, SHOWN, INDEXS("abcabc":@VM:"xbx":@VM:"", "b", 2))
Z = FIELD("a b", " ", 2)
PRINT "FIELDS=":CONVERT(MARKS, SHOWN, FIELDS("a.b.c":@VM:"d.e", ".", 2)):" ":CONVERT(MARKS, SHOWN, FIELDS("a.b.c":@VM:"d.e", ".", 2, 2)):" COL1=":COL1()
PRINT "SUBSTRINGS=":CONVERT(MARKS, SHOWN, SUBSTRINGS("abcdef":@VM:"xy":@VM:"", 2, 3)):" ":CONVERT(MARKS, SHOWN, SUBSTRINGS("abc":@VM:"de", 0, 2)):",[":SUBSTRINGS("abc", 2, 0):"]"
END
