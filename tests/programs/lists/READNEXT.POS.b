* READNEXT id, val.pos {, subval.pos}: an exploded select list's entry is "id VM value VM subvalue"; the
* positions come back as numbers, 0 where the entry has none, and 0 (with id "") after ELSE. READNEXT id
* alone keeps the id, READLIST the whole entries. Lists in variables (SELECTV) work the same. (The form with
* positions is compiled to the READNEXT.POS built-in.)
EQU VM TO CHAR(253)
LIST = "A":VM:"2":VM:"1":@FM:"B":VM:"3":@FM:"C":@FM:"D":VM:"x":@FM:"E":VM:VM:"5":@FM:VM:"4"
SELECT LIST TO 1
LOOP
   READNEXT ID, V, S FROM 1 ELSE EXIT
   PRINT "[":ID:"] ":V:" ":S
REPEAT
PRINT "after ELSE: [":ID:"] ":V:" ":S:" ":V + S

SELECT LIST TO 2
READNEXT ID, V FROM 2 THEN PRINT "value position only: ":ID:" ":V
READNEXT ID FROM 2 THEN PRINT "READNEXT id keeps the id: ":ID
READLIST REST FROM 2 THEN PRINT "READLIST keeps entries: ":CONVERT(VM:@FM, "],", REST)

* List 0 by default, and the statement as a loop condition.
SELECT "P":VM:"9":VM:"8":@FM:"Q"
LOOP WHILE READNEXT ID, V, S DO
   PRINT "list 0: ":ID:" ":V:" ":S
REPEAT
V = "old"
READNEXT ID, V ELSE PRINT "used up: [":ID:"] ":V

* A list held in a variable.
SELECTV "X":VM:"7":VM:"2":@FM:"Y" TO LV
READNEXT ID, V, S FROM LV THEN PRINT "SELECTV: ":ID:" ":V:" ":S
READNEXT ID, V FROM LV THEN PRINT "SELECTV: ":ID:" ":V
READNEXT ID, V, S FROM LV ELSE PRINT "SELECTV used up: [":ID:"] ":V:" ":S

* A list that is not exploded gives positions 0.
FORMLIST "K1":@FM:"K2" TO 3
READNEXT ID, V, S FROM 3 THEN PRINT "plain: ":ID:" ":V:" ":S
READNEXT ID, V, S FROM 9 ELSE PRINT "never built: [":ID:"] ":V:" ":S
