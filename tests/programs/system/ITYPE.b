* ITYPE(itype) evaluates a compiled I-type dictionary record. mvbasic does not compile dictionaries yet, so
* it stops the program with a runtime error, as QM does for a record that is not a compiled I-type.
REC = "I":@FM:"PRICE * QTY"
PRINT "before"
X = ITYPE(REC)
PRINT "not reached"
