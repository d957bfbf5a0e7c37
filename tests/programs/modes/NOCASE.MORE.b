* $NOCASE.STRINGS in the string built-ins and statements beyond the comparison operators: FIELD() and
* FIELDSTORE() split at either case of a letter delimiter; CHANGE(), SWAP(), EREPLACE() and CONVERT()
* (function and statement) and MATCHES match either case; FIND and FINDSTR compare elements ignoring case;
* COUNTS() and INDEXS() as COUNT() and INDEX(), and EQS(), NES(), LTS(), LES(), GTS() and GES() as the
* operators. Text that is kept keeps its own case; a delimiter FIELDSTORE adds is written as the delimiter
* argument is.
$NOCASE.STRINGS
CRT FIELD("oneXtwoxthree", "x", 2), COL1(), COL2()
CRT FIELD("oneXtwoxthree", "X", 3), FIELD("oneXtwoxthree", "x", 1, 2)
CRT FIELDSTORE("aXbxcXd", "x", 2, 2, "Q")
CRT FIELDSTORE("aXbxcXd", "X", 2, -2, "P")
CRT CHANGE("Hello HELLO hello", "hello", "bye"), SWAP("AbAB", "ab", "-", 1, 2), EREPLACE("xXx", "X", "y")
CRT CONVERT("ab", "12", "ABCabc")
S = "ABCabc" ; CONVERT "b" TO "-" IN S ; CRT S
D = "Apple":@FM:"pear":@VM:"PLUM"
FIND "APPLE" IN D SETTING F THEN CRT "FIND apple: ":F ELSE CRT "FIND apple: no"
FIND "plum" IN D SETTING F, V THEN CRT "FIND plum: ":F:",":V ELSE CRT "FIND plum: no"
FINDSTR "EAR" IN D SETTING F, V THEN CRT "FINDSTR ear: ":F:",":V ELSE CRT "FINDSTR ear: no"
CRT CONVERT(@VM, "]", COUNTS("aAa":@VM:"b", "A")), CONVERT(@VM, "]", INDEXS("xA":@VM:"a", "a", 1))
* Pattern matching: a quoted literal in the pattern matches either case.
CRT "ABC" MATCHES "'abc'", "xY1" MATCHES "2A1N", "aBc" MATCHES "'A'0X"
* The element-wise comparisons, REUSE() included; numbers still compare as numbers.
D1 = "abc":@VM:"B":@VM:"10" ; D2 = "ABC":@VM:"a":@VM:"9"
CRT CONVERT(@VM, "]", EQS(D1, D2)), CONVERT(@VM, "]", GTS(D1, D2)), CONVERT(@VM, "]", NES(D1, REUSE("B")))
* (Compiled as ~FIELD.NOCASE, ~FIELDSTORE.NOCASE, ~CONVERT.NOCASE and ~CHANGE.MODE, the mode variants)
