* $MODE STRING.LOCATE: the LOCATE statement's right-aligned orders (AR, DR) compare the items as strings
* (right-justified: a shorter item is smaller, equal lengths compare by character), even when the item and
* the value searched for are both numbers. The same searches run first without the option, then with it
* (an option applies to the code written after it).
L = "5":@FM:"10":@FM:"100"
N = "-20":@FM:"-5":@FM:"3"
D = "100":@FM:"20":@FM:"3"
M = "x":@FM:"5":@VM:"10":@VM:"100"
LOCATE "010" IN L BY "AR" SETTING P THEN CRT "AR 010 found ":P ELSE CRT "AR 010 not found ":P
LOCATE "-10" IN N BY "AR" SETTING P THEN CRT "AR -10 found ":P ELSE CRT "AR -10 not found ":P
LOCATE "020" IN D BY "DR" SETTING P THEN CRT "DR 020 found ":P ELSE CRT "DR 020 not found ":P
LOCATE "10" IN L BY "AR" SETTING P THEN CRT "AR 10 found ":P ELSE CRT "AR 10 not found ":P
LOCATE "010" IN M<2,1> BY "AR" SETTING P THEN CRT "values: found ":P ELSE CRT "values: not found ":P
$MODE STRING.LOCATE
LOCATE "010" IN L BY "AR" SETTING P THEN CRT "AR 010 found ":P ELSE CRT "AR 010 not found ":P
LOCATE "-10" IN N BY "AR" SETTING P THEN CRT "AR -10 found ":P ELSE CRT "AR -10 not found ":P
LOCATE "020" IN D BY "DR" SETTING P THEN CRT "DR 020 found ":P ELSE CRT "DR 020 not found ":P
LOCATE "10" IN L BY "AR" SETTING P THEN CRT "AR 10 found ":P ELSE CRT "AR 10 not found ":P
LOCATE "010" IN M<2,1> BY "AR" SETTING P THEN CRT "values: found ":P ELSE CRT "values: not found ":P
* Left-aligned orders, and the LOCATE() function, are not changed.
LOCATE "20" IN L BY "AL" SETTING P THEN CRT "AL found ":P ELSE CRT "AL not found ":P
CRT "LOCATE() AR: ":LOCATE("010", L; "AR")
