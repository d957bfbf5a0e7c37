$INCLUDE KEYS.H
* Select lists held in variables: SELECTV fv TO var (a file's ids, or a dynamic array's fields), SELECTE TO
* var (what list 0 has left), and SELECTN fv TO n (a numbered list, as SELECT fv TO n). READNEXT, READLIST
* and SELECTINFO take the variable where they take a list number. Works in a directory file made by
* CREATE.FILE under /tmp, removed at the end.
ROOT = "/tmp/mvbasic-test-selectvars-":SYSTEM(1031)
CREATE.FILE ROOT DIRECTORY
OPENPATH ROOT TO F ELSE STOP "cannot open ":ROOT
WRITE "one" ON F, "R1"
WRITE "two" ON F, "R2"
WRITE "three" ON F, "R3"

SELECTV F TO L
PRINT "SELECTV: active ":SELECTINFO(L, SL$ACTIVE):", count ":SELECTINFO(L, SL$COUNT):", list 0 active ":SELECTINFO(0, SL$ACTIVE)
LOOP
   READNEXT ID FROM L ELSE EXIT
   READ R FROM F, ID THEN PRINT ID:" = ":R
REPEAT
PRINT "used up: ":SELECTINFO(L, SL$ACTIVE)
READNEXT ID FROM L THEN PRINT "more?" ELSE PRINT "READNEXT from a used-up variable: ELSE"

* SELECTV of a dynamic array; READLIST takes the rest.
SELECTV "P":@FM:"Q":@FM:"R" TO L2
READNEXT ID FROM L2 THEN PRINT "first ":ID
READLIST REST FROM L2 THEN PRINT "rest ":CONVERT(@FM, ",", REST)
READLIST REST FROM L2 ELSE PRINT "READLIST again: ELSE"

* SELECTE moves list 0 into a variable; list 0 is then empty.
SELECT F
SELECTE TO L3
PRINT "SELECTE: list 0 active ":SELECTINFO(0, SL$ACTIVE):", variable count ":SELECTINFO(L3, SL$COUNT)
READNEXT ID FROM L3 THEN PRINT "first from L3: ":ID

* CLEARSELECT empties a list variable too.
SELECTV F TO L4
CLEARSELECT L4
PRINT "CLEARSELECT of a variable: active ":SELECTINFO(L4, SL$ACTIVE)

SELECTN F TO 3
PRINT "SELECTN: list 3 count ":SELECTINFO(3, SL$COUNT)
CLEARSELECT 3

CLEARFILE F
CLOSE F
EXECUTE "SH rmdir ":ROOT
