* UPCASE/DOWNCASE/SWAPCASE, CHAR/SEQ, SPACE/STR and LEN, with null strings, numbers and marks
* QM quirk kept: SWAPCASE stops inverting at the first character that is not a letter
M = "ab":@VM:"Cd":@SM:"e1"
PRINT "UP=":CONVERT(@VM:@SM, "]\", UPCASE(M))
PRINT "DOWN=":DOWNCASE("MiXeD 42!")
PRINT "SWAP=":SWAPCASE("aBc-XyZ"):" [":SWAPCASE(""):"] ":SWAPCASE("AllLetters")
PRINT "CASENUM=":UPCASE(-1.5):" ":DOWNCASE(100)
PRINT "CHAR=":CHAR(72):CHAR(73):" ":SEQ(CHAR(0)):" ":LEN(CHAR(0))
PRINT "MARKS=":SEQ(@IM):",":SEQ(@FM):",":SEQ(@VM):",":SEQ(@SM):",":SEQ(@TM)
PRINT "SEQ=":SEQ("a"):",":SEQ(""):",":SEQ(" "):",":SEQ(9)
PRINT "SPACE=[":SPACE(3):"] [":SPACE(0):"] [":SPACE(-2):"]"
PRINT "STR=":STR("ab", 3):" [":STR("ab", 0):"] [":STR("", 5):"] [":STR("x", -1):"] ":STR(5, 2)
PRINT "LEN=":LEN(""):",":LEN(@FM:@VM):",":LEN(123):",":LEN(-1.5):",":LEN(SPACE(7)):",":LEN(STR("abc", 4))
PRINT "PAD=[":"id":SPACE(6 - LEN("id")):"|]"
END
