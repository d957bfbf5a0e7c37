* A format mask held in a variable, juxtaposed after a value on the right of an assignment and inside
* parentheses (X = KEY KEY.FMT, (KEY KEY.FMT)), as in PRINT items; words that may follow a value (AND, THEN,
* ELSE ...) are never masks. INPUT's UPCASE option returns the line in upper case.
KEY = 42 ; KEY.FMT = "R#6" ; PAD = "L#4"
X = KEY KEY.FMT
PRINT "[" : X : "]"
Y = "ab" PAD : "|"
PRINT Y
PRINT "[" : (KEY KEY.FMT) : "]"
IF KEY > 1 AND KEY < 100 THEN Z = KEY ELSE Z = 0
PRINT Z
W = 5 ; W += 1
PRINT W
INPUT R UPCASE
PRINT R
INPUT R HIDDEN
PRINT R
