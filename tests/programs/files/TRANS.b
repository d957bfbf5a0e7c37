* TRANS({DICT} file, ids, field, action) reads records of a directory file named like OPEN's argument and
* returns one field of each: field 0 is the id, -1 the whole record. TRANS and XLATE lower the marks of what
* they return (field marks become value marks, value marks subvalue marks, subvalue marks text marks);
* RTRANS does not. The ids may be several, separated by marks; the results keep the same marks. action says
* what a missing record or an empty field gives: C the id, X "", V "" with a warning (standard error) and
* STATUS() 1, N the id when the record exists but the field is empty. The STOCK file and its dictionary are
* made in /tmp/mvbasic-test-trans-<pid>; FIX.CUST beside this program is found by name.
ROOT = "/tmp/mvbasic-test-trans-":SYSTEM(1031)
EXECUTE "SH -c 'mkdir -p ":ROOT:"/STOCK ":ROOT:"/STOCK.DIC'" CAPTURING JUNK
STOCK = ROOT:"/STOCK"
OPENPATH STOCK TO F ELSE STOP "no STOCK file"
WRITE "Bolt":@FM:"0.25":@FM:"steel":@VM:"brass":@SM:"zinc" ON F, "B1"
WRITE "Nut":@FM:"0.10" ON F, "N1"
WRITE "Washer" ON F, "W1"
WRITE "Seven" ON F, "7"
OPENPATH STOCK:".DIC" TO D ELSE STOP "no STOCK dictionary"
WRITE "D":@FM:"1":@FM:"Description" ON D, "DESC"
MARKS = @FM:@VM:@SM:@TM
SHOWN = "^]\|"

PRINT "B1 name: ":TRANS(STOCK, "B1", 1, "X"):", price: ":TRANS(STOCK, "B1", 2, "X"):", STATUS ":STATUS()
PRINT "4 bolts cost ":4 * TRANS(STOCK, "B1", 2, "X")
PRINT "XLATE: ":XLATE(STOCK, "N1", 2, "X"):", a numeric id: ":TRANS(STOCK, 3 + 4, 1, "X")
PRINT "field 0: ":TRANS(STOCK, "W1", 0, "X"):", missing: [":TRANS(STOCK, "Z9", 0, "X"):"]"

* Marks are lowered one level by TRANS and XLATE, kept by RTRANS.
PRINT "TRANS field 3: ":CONVERT(MARKS, SHOWN, TRANS(STOCK, "B1", 3, "X"))
PRINT "RTRANS field 3: ":CONVERT(MARKS, SHOWN, RTRANS(STOCK, "B1", 3, "X"))
PRINT "TRANS whole record: ":CONVERT(MARKS, SHOWN, TRANS(STOCK, "N1", -1, "X"))
PRINT "RTRANS whole record: ":CONVERT(MARKS, SHOWN, RTRANS(STOCK, "N1", -1, "X"))

* Several ids: one result each, separated by the marks that separated the ids.
PRINT "value marks: ":CONVERT(MARKS, SHOWN, TRANS(STOCK, "B1":@VM:"N1":@VM:"Z9", 1, "C"))
PRINT "field 3 of two records: ":CONVERT(MARKS, SHOWN, TRANS(STOCK, "B1":@VM:"N1", 3, "X"))
PRINT "field marks: ":CONVERT(MARKS, SHOWN, TRANS(STOCK, "W1":@FM:"B1", 1, "X"))
PRINT "an empty id: [":CONVERT(MARKS, SHOWN, TRANS(STOCK, "W1":@VM:"":@VM:"N1", 1, "C")):"]"

* A missing record, then an empty field, under each action.
PRINT "missing, X: [":TRANS(STOCK, "Z9", 1, "X"):"] STATUS ":STATUS()
PRINT "missing, C: [":TRANS(STOCK, "Z9", 1, "C"):"] STATUS ":STATUS()
PRINT "missing, V: [":TRANS(STOCK, "Z9", 1, "V"):"] STATUS ":STATUS()
PRINT "missing, N: [":TRANS(STOCK, "Z9", 1, "N"):"] STATUS ":STATUS()
PRINT "empty field, X: [":TRANS(STOCK, "W1", 2, "X"):"] C: [":TRANS(STOCK, "W1", 2, "C"):"] N: [":TRANS(STOCK, "W1", 2, "N"):"]"
PRINT "empty field, V: [":TRANS(STOCK, "W1", 2, "V"):"] STATUS ":STATUS()
PRINT "one of three missing, V: ":CONVERT(MARKS, SHOWN, TRANS(STOCK, "B1":@VM:"Z9":@VM:"N1", 1, "V")):" STATUS ":STATUS()
PRINT "lower case c: [":TRANS(STOCK, "Z9", 1, "c"):"], no action: [":TRANS(STOCK, "Z9", 1, ""):"]"

* The dictionary: DICT before the name, or "DICT " (any case) at the start of it.
PRINT "DICT STOCK: ":TRANS(DICT STOCK, "DESC", 3, "X")
PRINT '"DICT ":STOCK: ':TRANS("DICT ":STOCK, "DESC", 1, "X"):', "dict ": ':TRANS("dict ":STOCK, "DESC", 2, "X")
PRINT "FIX.CUST 1002 town: ":CONVERT(MARKS, SHOWN, TRANS("FIX.CUST", "1002", 2, "X"))
PRINT "DICT FIX.CUST: ":XLATE(DICT "FIX.CUST", "NAME", 3, "X")
DICT = STOCK
PRINT "a variable named DICT: ":TRANS(DICT, "B1", 1, "X")

* A file that cannot be opened gives "" and STATUS 2, whatever the action.
PRINT "no such file: [":TRANS("NO.SUCH.FILE", "B1", 1, "C"):"] STATUS ":STATUS()

CLOSE F
CLOSE D
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
OSREAD GONE FROM STOCK:"/B1" THEN PRINT "not cleaned up" ELSE PRINT "cleaned up"
