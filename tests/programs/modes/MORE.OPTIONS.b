* More $MODE options, each shown without and then with the option: PICK.READNEXT, OPEN.FAIL.ZERO.FVAR,
* PARTIAL.EXPRESSIONS, PICK.CONVERT, TIME.MS, NOCASE.STRINGS (as a mode) and a shortcut name.
DEFFUN LOUD(X) LOCAL
SELECT "A":@FM:"B" TO 1
ID = "before"
LOOP READNEXT ID FROM 1 ELSE EXIT REPEAT
CRT "READNEXT ELSE: [":ID:"]"
$MODE PICK.READNEXT
SELECT "A":@FM:"B" TO 1
LOOP READNEXT ID FROM 1 ELSE EXIT REPEAT
CRT "PICK.READNEXT ELSE: [":ID:"]"
OPENPATH "/no/such/folder/at/all" TO FV ELSE CRT "OPENPATH ELSE: assigned ":ASSIGNED(FV)
$MODE OPEN.FAIL.ZERO.FVAR
OPENPATH "/no/such/folder/at/all" TO FV ELSE CRT "OPEN.FAIL.ZERO.FVAR: [":FV:"]"
OPENSEQ "/no/such/folder/x" TO SQ ELSE CRT "OPENSEQ: [":SQ:"]"
* Without PARTIAL.EXPRESSIONS both sides of AND and OR are evaluated.
IF 0 AND LOUD("and") THEN CRT "yes" ELSE CRT "no"
IF 1 OR LOUD("or") THEN CRT "yes" ELSE CRT "no"
$MODE PARTIAL.EXPRESSIONS
IF 0 AND LOUD("and") THEN CRT "yes" ELSE CRT "no"
IF 1 OR LOUD("or") THEN CRT "yes" ELSE CRT "no"
R1 = 1 AND LOUD(5) ; R2 = 0 OR LOUD(0)
CRT R1, R2, (2 AND 3), ("" OR "x")
CRT CONVERT("ab", "AB", "abcab")
$MODE PICK.CONVERT
CRT CONVERT("abcab", "ab", "AB")
T = TIME()
CRT "TIME() whole seconds: ":(T = INT(T))
$MODE TIME.MS
T = TIME()
CRT "TIME.MS: ":(T >= 0 AND T < 86400), "has at most 3 decimals: ":(T * 1000 = INT(T * 1000))
S = SYSTEM(12)
CRT "SYSTEM(12) too: ":(S >= 0 AND S < 86400 AND S * 1000 = INT(S * 1000))
$MODE -PICK.READNEXT, -PICK.CONVERT
SELECT "A" TO 1
LOOP READNEXT ID FROM 1 ELSE EXIT REPEAT
CRT "-PICK.READNEXT: [":ID:"]"
* The shortcut UV.PIOPEN turns on OPEN.FAIL.ZERO.FVAR (among others); $MODE DEFAULT clears every option.
$MODE DEFAULT
OPENPATH "/no/such/folder/at/all" TO FV2 ELSE CRT "DEFAULT: assigned ":ASSIGNED(FV2)
$MODE UV.PIOPEN
OPENPATH "/no/such/folder/at/all" TO FV3 ELSE CRT "UV.PIOPEN: [":FV3:"]"
$MODE NOCASE.STRINGS
CRT "abc" = "ABC", INDEX("xAbC", "abc", 1), CHANGE("aXa", "x", "-")
STOP

LOCAL FUNCTION LOUD(X)
   CRT "  evaluated ":X
   RETURN X
END
