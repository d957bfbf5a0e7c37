* CONVERT statement and function, CHANGE() and SWAP() with counts, start occurrences, marks and null strings
X = "2024-01-05"
CONVERT "-" TO "/" IN X
PRINT "STMT=":X
Y = "a":@FM:"b":@VM:"c"
CONVERT @FM:@VM TO ",;" IN Y
PRINT "STMTMARKS=":Y
Z = "hello"
CONVERT "lo" TO "L" IN Z
PRINT "STMTDROP=":Z
PRINT "FN=":CONVERT("abc", "AB", "aabbcc")
PRINT "FNNULL=[":CONVERT("a", "b", ""):"]"
PRINT "FNNUM=":CONVERT("0123456789", "ABCDEFGHIJ", 2024)
PRINT "CHANGE=":CHANGE("xxxx", "x", "y", 2):",":CHANGE("xxxx", "x", "y", 1, 3):",":CHANGE("xxxx", "x", "y", 0, 2)
PRINT "CHANGENULL=[":CHANGE("", "a", "b"):"]"
PRINT "CHANGEMARK=":CHANGE("a":@VM:"b":@VM:"c", @VM, ", ")
PRINT "CHANGEGROW=":CHANGE("a.b", ".", "...")
PRINT "CHANGEMISS=":CHANGE("abc", "z", "y")
PRINT "SWAP=":SWAP("one fish two fish", "fish", "cat")
PRINT "SWAPOCC=":SWAP("one fish two fish", "fish", "cat", 1, 2)
END
