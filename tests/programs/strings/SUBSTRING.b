* Substring extraction S[start,len] and S[n], and substring assignment, which never lengthens the string
S = "ABCDEFGH"
PRINT "EXTRACT=":S[2,3]:",":S[7,5]:",[":S[9,1]:"],":S[-1,2]:",":S[3]:",[":S[0]:"]"
PRINT "NULLSRC=[":""[1,3]:"]"
PRINT "MARKS=":LEN(("a":@FM:"b")[2,1]):SEQ(("a":@FM:"b")[2,1])
T = S
T[1,3] = "xyz"
PRINT "SAME=":T
T = S
T[4,2] = "-"
PRINT "SHORTREPL=[":T:"]"
T = S
T[7,4] = "1234"
PRINT "OVERRUN=[":T:"]"
T = S
T[2,2] = "LONGER"
PRINT "LONGREPL=":T
T = ""
T[1,3] = "abc"
PRINT "EMPTYTARGET=[":T:"]"
T = S
T[0,1] = "@"
PRINT "ZEROSTART=":T
DIM REC(2)
REC(1) = "0000"
REC(1)[3,2] = "99"
PRINT "ELEMENT=":REC(1)
END
