* DQUOTE, SQUOTE, QUOTE, XTD, DTX, EBCDIC, ASCII, SHIFT, VARTYPE and DIV
PRINT "Q1=":DQUOTE("abc"):" ":SQUOTE("abc"):" ":QUOTE("abc")
PRINT "Q2=":QUOTE(""):" ":DQUOTE(12):" ":DQUOTE('say "hi"'):" ":SQUOTE(1.5)
PRINT "XTD1=":XTD("FF"):",":XTD("ff"):",":XTD("1A2b"):",":XTD("0"):",":XTD("7FFFFFFF"):",":XTD(10)
PRINT "XTD2=[":XTD(""):"],":XTD("XYZ"):",":XTD("12G")
PRINT "DTX1=":DTX(255):",":DTX(10, 4):",":DTX(0):",":DTX(4096, 2):",":DTX(65535, 0)
PRINT "DTX2=":DTX(-1):",":DTX(-2, 10):",":DTX("26")
PRINT "EBC1=":SEQ(EBCDIC("A")):",":SEQ(EBCDIC("a")):",":SEQ(EBCDIC("0")):",":SEQ(EBCDIC(" ")):",":SEQ(EBCDIC(CHAR(200)))
PRINT "EBC2=":LEN(EBCDIC("Hello")):",":ASCII(EBCDIC("Hello, World!"))
PRINT "ASC=":ASCII(CHAR(193)):",":ASCII(CHAR(65)):",":ASCII(CHAR(240):CHAR(249)):",[":ASCII(""):"]"
PRINT "SHIFT=":SHIFT(16, 2):",":SHIFT(1, -4):",":SHIFT(255, 4):",":SHIFT(5, 0):",":SHIFT(1, -70):",":SHIFT(-1, 60)
PRINT "VT1=":VARTYPE(NEVER.SET):",":VARTYPE(1):",":VARTYPE(1.5):",":VARTYPE("x"):",":VARTYPE("")
N = 1 + 1
F = 7 / 2
S = "12"
PRINT "VT2=":VARTYPE(N):",":VARTYPE(F):",":VARTYPE(S):",":VARTYPE(S + 0):",":VARTYPE(N:"")
PRINT "DIV=":DIV(7, 2):",":DIV(-7, 2):",":DIV(7.9, 2):",":DIV(0, 5):",":DIV("9", "4")
END
