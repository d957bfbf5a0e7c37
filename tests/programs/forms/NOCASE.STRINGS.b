* $NOCASE.STRINGS: string comparisons ignore case; numbers still compare as numbers.
$NOCASE.STRINGS
A = "Hello"
IF A = "HELLO" THEN PRINT "equal" ELSE PRINT "different"
IF A # "hello" THEN PRINT "ne" ELSE PRINT "not ne"
PRINT ("abc" < "ABD"), ("ABC" > "abd"), ("b" >= "B"), ("B" <= "a")
PRINT ("10" = "10.0"), (2 < 10), ("Z" EQ "z")
* LOCATE, INDEX, COUNT and DCOUNT ignore case too; the values found keep their own case.
L = "apple":@VM:"Banana":@VM:"cherry"
LOCATE "BANANA" IN L<1,1> SETTING P THEN PRINT "found at ":P ELSE PRINT "not found"
LOCATE "Cherry" IN L<1,1> BY "AL" SETTING P ELSE NULL
PRINT P, INDEX("Hello World", "WORLD", 1), COUNT("aAaA", "a"), DCOUNT("xAyaz", "a")
