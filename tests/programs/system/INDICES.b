$INCLUDE KEYS.H
* Alternate-key indices need hashed files; a directory file has none. INDICES(fv) is "" (no indices); the
* names that use an index behave as QM does for a file without that index: STATUS() is ER$AKNF (3019), the
* select list is left empty and the SETTING variable "". Works in a directory made by CREATE.FILE.
ROOT = "/tmp/mvbasic-test-indices-":SYSTEM(1031)
CREATE.FILE ROOT DIRECTORY
OPENPATH ROOT TO F ELSE STOP "cannot open ":ROOT
PRINT "INDICES: [":INDICES(F):"] status ":STATUS()
PRINT "INDICES(F, name): [":INDICES(F, "CUSTNO"):"] status ":STATUS()

FORMLIST "A":@FM:"B" TO 2
SELECTINDEX "CUSTNO", "C100" FROM F TO 2
PRINT "SELECTINDEX with a value: status ":STATUS():", list 2 active ":SELECTINFO(2, SL$ACTIVE)
SELECTINDEX "CUSTNO" FROM F
PRINT "SELECTINDEX: status ":STATUS():", list 0 active ":SELECTINFO(0, SL$ACTIVE)

K = "old"
SELECTLEFT "CUSTNO" FROM F SETTING K TO 3
PRINT "SELECTLEFT: status ":STATUS():", key [":K:"]"
K = "old"
SELECTRIGHT "CUSTNO" FROM F SETTING K
PRINT "SELECTRIGHT: status ":STATUS():", key [":K:"]"
SELECTLEFT "CUSTNO" FROM F
PRINT "SELECTLEFT without SETTING: status ":STATUS()
SETLEFT "CUSTNO" FROM F
PRINT "SETLEFT: status ":STATUS()
SETRIGHT "CUSTNO" FROM F
PRINT "SETRIGHT: status ":STATUS()

* OUTERJOIN({DICT} file, index, value): the ids with that indexed value; "" without the index.
PRINT "OUTERJOIN: [":OUTERJOIN("ORDERS", "CUSTNO", "C100"):"] status ":STATUS()
PRINT "OUTERJOIN DICT: [":OUTERJOIN(DICT "ORDERS", "TYPE", "D"):"] status ":STATUS()
CLOSE F
EXECUTE "SH rmdir ":ROOT
