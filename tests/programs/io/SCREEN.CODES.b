* @(-n) codes that QM takes from the VT100 terminfo entry (clear, sgr0, cub1, rmul) and the repeat count in @(-9, n)
PRINT "CLEAR=[":@(-1):"]"
PRINT "BLINKOFF=[":@(-6):"]"
PRINT "BACK=[":@(-9):"]"
PRINT "BACK3=[":@(-9, 3):"]"
PRINT "UP2=[":@(-10, 2):"]"
PRINT "DIMOFF=[":@(-12):"]"
PRINT "REVOFF=[":@(-14):"]"
PRINT "ULOFF=[":@(-16):"]"
END
