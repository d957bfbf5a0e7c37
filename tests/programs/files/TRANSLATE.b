* The T conversion translates a record id through a directory file: T{DICT |*}file;c{v};i;o returns field o
* of the record (OCONV) or field i (ICONV). c says what a missing record or an empty field gives (C the data,
* X nothing, V nothing and a warning on standard error with STATUS 1, I and O mix them by direction); v picks
* one value, else value marks become spaces. The PARTS file is made in /tmp/mvbasic-test-tconv-<pid> with
* OSWRITE into the folder and WRITE; FIX.CUST beside this program is found by name, as OPEN finds it.
ROOT = "/tmp/mvbasic-test-tconv-":SYSTEM(1031)
EXECUTE "SH -c 'mkdir -p ":ROOT:"/PARTS'" CAPTURING JUNK
PARTS = ROOT:"/PARTS"
OSWRITE "Bolt":CHAR(10):"0.25":CHAR(10) TO PARTS:"/P1"
OPENPATH PARTS TO F ELSE STOP "no PARTS file"
WRITE "Nut":@FM:"0.10":@FM:"steel":@VM:"brass" ON F, "P2"
WRITE "Washer" ON F, "P3"
T = "T":PARTS

PRINT "P1 name: ":OCONV("P1", T:";X;;1"):", price: ":OCONV("P1", T:";X;;2"):", STATUS ":STATUS()
PRINT "P2 materials: [":OCONV("P2", T:";X;;3"):"], second only: [":OCONV("P2", T:";X2;;3"):"]"
PRINT "field 0 is the id: ":OCONV("P2", T:";X;;0")

* A missing record, then an empty field, under each action.
PRINT "missing, X: [":OCONV("P9", T:";X;;1"):"] STATUS ":STATUS()
PRINT "missing, C: [":OCONV("P9", T:";C;;1"):"] STATUS ":STATUS()
PRINT "missing, V: [":OCONV("P9", T:";V;;1"):"] STATUS ":STATUS()
PRINT "empty field, X: [":OCONV("P3", T:";X;;2"):"] C: [":OCONV("P3", T:";C;;2"):"]"
PRINT "empty field, V: [":OCONV("P3", T:";V;;2"):"] STATUS ":STATUS()

* I verifies input (V) and passes output (C); O the other way round.
PRINT "I out: [":OCONV("P9", T:";I;;1"):"] ":STATUS():", I in: [":ICONV("P9", T:";I;1;2"):"] ":STATUS()
PRINT "O out: [":OCONV("P9", T:";O;;1"):"] ":STATUS():", O in: [":ICONV("P9", T:";O;1;2"):"] ":STATUS()

* ICONV uses the first field number, OCONV the second; without the one it needs the data comes back.
PRINT "ICONV: ":ICONV("P2", T:";X;1;2"):", OCONV: ":OCONV("P2", T:";X;1;2"):", no output field: ":OCONV("P2", T:";X;1")

* Each value of the data is a record id; the code chains with others and works element by element in OCONVS.
PRINT "values: ":CONVERT(@VM, "/", OCONV("P1":@VM:"P2":@VM:"P9", T:";C;;1"))
PRINT "chained: ":OCONV("P1", T:";X;;1":@VM:"MCU")
PRINT "OCONVS: ":CONVERT(@FM, "/", OCONVS("P3":@FM:"P1", T:";X;;1"))

* Malformed codes and files that do not exist: STATUS 2.
PRINT "no such file: [":OCONV("P1", "TNO.SUCH.FILE;X;;1"):"] STATUS ":STATUS()
PRINT "bad action: [":OCONV("P1", T:";Q;;1"):"] STATUS ":STATUS()
PRINT "a T code without ';' is a substring: ":OCONV("ABCDEF", "T2,3")

* Files found by name, the dictionary (DICT or *) and a quoted name.
PRINT "FIX.CUST 1001: ":OCONV("1001", "TFIX.CUST;X;;1"):", 1002 town: ":OCONV("1002", "TFIX.CUST;X;;2")
PRINT "dictionary: ":OCONV("NAME", "TDICT FIX.CUST;X;;3"):" ":OCONV("NAME", "T*FIX.CUST;X;;1")
PRINT "quoted: ":OCONV("1001", 'T"FIX.CUST";X;;2')

CLOSE F
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
