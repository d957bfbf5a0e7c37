* FMT() and FMTS(): justification, fill characters, decimals, commas, sign codes, masks and STATUS()
PRINT "JUST=[":FMT("ab", "5L"):"] [":FMT("ab", "5R"):"] [":FMT("ab", "5C"):"]"
PRINT "FILL=[":FMT("7", "3'0'R"):"] [":FMT("ab", "5.L"):"]"
PRINT "DEC=[":FMT(3.14159, "R2"):"] [":FMT(2, "R3"):"] [":FMT(-42, "R2#8"):"]"
PRINT "NULLNUM=[":FMT("", "R2"):"]"
PRINT "TEXTNUM=[":FMT("abc", "R2"):"]"
PRINT "COMMA=[":FMT(1234567, "R,"):"] [":FMT(1234.5, "R2,"):"] [":FMT(9876543.21, "R2,#14"):"]"
PRINT "SIGNS=[":FMT(-5, "R2M"):"] [":FMT(5, "R2M"):"] [":FMT(-5, "R2E"):"] [":FMT(-5, "R2C"):"]"
PRINT "ZERO=[":FMT(0, "6*RZ"):"] [":FMT(7, "6*RZ"):"]"
PRINT "MASK=[":FMT("5551234", "L###-####"):"] [":FMT(42, "R#5"):"]"
X = FMT("abc", "5L")
PRINT "STATUS=":STATUS()
PRINT "FMTS=":CONVERT(@VM:@FM, "]^", FMTS("a":@VM:"bb":@FM:"ccc", "4R"))
PRINT "FMTSNUM=":CONVERT(@VM, "]", FMTS(1.5:@VM:-2:@VM:"", "R2"))
END
