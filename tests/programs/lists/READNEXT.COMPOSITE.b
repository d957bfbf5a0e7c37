* $MODE COMPOSITE.READNEXT: READNEXT id returns an exploded list's whole entry (id, value and subvalue
* positions separated by value marks); READNEXT id, val, subval still splits it.
$MODE COMPOSITE.READNEXT
EQU VM TO CHAR(253)
SELECT "A":VM:"2":VM:"1":@FM:"B":@FM:"C":VM:"4"
READNEXT ID THEN PRINT "whole entry: ":CONVERT(VM, "]", ID)
READNEXT ID THEN PRINT "plain id: ":ID
READNEXT ID, V, S THEN PRINT "split: ":ID:" ":V:" ":S
READNEXT ID ELSE PRINT "used up: [":ID:"]"
SELECT "D":VM:"1"
LOOP WHILE READNEXT ID DO
   PRINT "condition: ":CONVERT(VM, "]", ID)
REPEAT
