* $NOCASE.STRINGS: string comparisons ignore case; numbers still compare as numbers.
$NOCASE.STRINGS
A = "Hello"
IF A = "HELLO" THEN PRINT "equal" ELSE PRINT "different"
IF A # "hello" THEN PRINT "ne" ELSE PRINT "not ne"
PRINT ("abc" < "ABD"), ("ABC" > "abd"), ("b" >= "B"), ("B" <= "a")
PRINT ("10" = "10.0"), (2 < 10), ("Z" EQ "z")
