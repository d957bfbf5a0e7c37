* @(col, row) and @(col) cursor positioning and @(-n) screen codes, as QM sends them to a VT100-type terminal
PRINT "[":@(0, 0):"]"
PRINT "[":@(5, 2):"]"
PRINT "[":@(79, 23):"]"
PRINT "[":@(10):"]"
PRINT "[":@(0):"]"
PRINT "[":@(-2):"]"
PRINT "[":@(-3):"]"
PRINT "[":@(-4):"]"
PRINT "[":@(-5):"]"
PRINT "[":@(-10):"]"
PRINT "[":@(-13):"]"
PRINT "[":@(-15):"]"
CODE = @(2, 1):"X"
PRINT "LEN=":LEN(CODE)
END
