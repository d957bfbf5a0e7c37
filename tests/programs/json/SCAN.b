* SCAN walks a collection's elements in name order, one level only; RESET starts again; FROM starts at a
* name (or where it would be). SCAN ... RESET runs the SCAN.RESET built-in and the value variable is set
* by SCAN.VALUE (both hidden)
COL = JPARSE('{"b": 2, "a": 1, "d": {"x": 9}, "c": "three"}')
SCAN COL RESET
LOOP
   SCAN COL SETTING NAME, VALUE ELSE EXIT
   IF VARTYPE(VALUE) = 8 THEN VALUE = 'collection of ' : ENUMERATE(VALUE)
   PRINT 'Element ' : NAME : ' has value ' : VALUE
REPEAT
PRINT '[' : NAME : '][' : VALUE : ']'
SCAN COL SETTING NAME ELSE PRINT 'still at the end'
SCAN COL RESET
SCAN COL SETTING NAME THEN PRINT 'first is ' : NAME
SCAN COL FROM 'bb' SETTING NAME, VALUE THEN PRINT 'from bb: ' : NAME : ' ' : VALUE
SCAN COL SETTING NAME THEN PRINT 'then ' : NAME
EMPTY = COLLECTION()
SCAN EMPTY SETTING NAME ELSE PRINT 'empty'
