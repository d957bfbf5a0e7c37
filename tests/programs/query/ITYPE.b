* ITYPE(itype) evaluates an I-type dictionary record for the program's @ID and @RECORD: field 2 is the
* expression, any QMBasic expression. mvbasic compiles the record on first use (QM needs it compiled first).
@ID = "P100"
@RECORD = "Widget":@FM:10:@FM:250
PRINT ITYPE("I":@FM:"@RECORD<2> * @RECORD<3>")
PRINT ITYPE("I":@FM:"@ID:'-':UPCASE(@RECORD<1>)")
PRINT ITYPE("I Description text":@FM:"IF @RECORD<2> > 5 THEN 'many' ELSE 'few'")
* The result follows @RECORD when it changes.
@RECORD<2> = 3
PRINT ITYPE("I":@FM:"@RECORD<2> * @RECORD<3>")
PRINT ITYPE("I":@FM:"IF @RECORD<2> > 5 THEN 'many' ELSE 'few'")
* A record that is not an I-type stops the program, as in QM.
PRINT "before"
X = ITYPE("D":@FM:"1")
PRINT "not reached"
