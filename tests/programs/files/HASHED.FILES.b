* Hashed files (CREATE.FILE name DYNAMIC): records in the folder's SQLite database, stored byte for byte;
* QM's id rules; READ/READV/WRITEV/MATREAD/MATWRITE/DELETE; SELECT over more than one page of ids; CLEARFILE;
* the dictionary; FILEINFO and STATUS ... FROM. Works in /tmp/mvbasic-test-hashed-<pid>, removed at the end.
ROOT = "/tmp/mvbasic-test-hashed-":SYSTEM(1031)
EXECUTE "SH -c 'mkdir -p ":ROOT:"'" CAPTURING JUNK
CREATE.FILE ROOT:"/CUST" DYNAMIC ON ERROR STOP "cannot create CUST: ":STATUS()
CREATE.FILE ROOT:"/CUST" DYNAMIC ON ERROR PRINT "CUST again: ON ERROR, STATUS ":STATUS()
CREATE.FILE ROOT:"/CUST.DIC" DYNAMIC ON ERROR STOP "cannot create CUST.DIC: ":STATUS()
OPEN ROOT:"/CUST" TO F ELSE STOP "cannot open CUST: ":STATUS()
PRINT "type ":FILEINFO(F, 3):", records ":FILEINFO(F, 1015):", writable ":(FILEINFO(F, 1001) = 0)
PRINT "path ends in mvfiles.db: ":(FIELD(FILEINFO(F, 2), "/", DCOUNT(FILEINFO(F, 2), "/")) = "mvfiles.db")

* Every byte is kept: marks, CHAR(0), and a record that ends in a field mark.
REC = "Name":@FM:"a":@VM:"b":@SM:"c":@TM:"d":CHAR(0):"e":@IM:"f":CHAR(10):CHAR(13):@FM
WRITE REC ON F, "C1"
READ BACK FROM F, "C1" THEN PRINT "round trip equal: ":(BACK = REC):", length ":LEN(BACK)
WRITE "" ON F, "EMPTY"
READ BACK FROM F, "EMPTY" THEN PRINT "empty record: THEN, [":BACK:"]"
READ BACK FROM F, "NONE" ELSE PRINT "missing record: ELSE, STATUS ":STATUS():", [":BACK:"]"

* Ids: any bytes but CHAR(0) and marks, 1 to 255 of them.
WRITE "odd" ON F, " /.x*":CHAR(1):CHAR(200)
READ BACK FROM F, " /.x*":CHAR(1):CHAR(200) THEN PRINT "odd id: ":BACK
WRITE "long" ON F, STR("L", 255)
READ BACK FROM F, STR("L", 255) THEN PRINT "255-byte id: ":BACK
WRITE "x" ON F, STR("L", 256) ON ERROR PRINT "256-byte id: ON ERROR, STATUS ":STATUS()
WRITE "x" ON F, "A":@VM:"B" ON ERROR PRINT "id with a mark: ON ERROR, STATUS ":STATUS()
WRITE "x" ON F, "A":CHAR(0) ON ERROR PRINT "id with CHAR(0): ON ERROR, STATUS ":STATUS()
WRITE "x" ON F, "" ON ERROR PRINT "empty id: ON ERROR, STATUS ":STATUS()
READ BACK FROM F, "" ELSE PRINT "READ of an empty id: ELSE, STATUS ":STATUS()
DELETE F, "A":@FM ON ERROR PRINT "DELETE of an id with a mark: ON ERROR, STATUS ":STATUS()

* Fields: READV, WRITEV (which makes a missing record), MATREAD and MATWRITE.
READV X FROM F, "C1", 2 THEN PRINT "READV field 2 equal: ":(X = "a":@VM:"b":@SM:"c":@TM:"d":CHAR(0):"e":@IM:"f":CHAR(10):CHAR(13))
READV X FROM F, "C1", 0 THEN PRINT "READV field 0: ":X
READV X FROM F, "NONE", 1 ELSE PRINT "READV of a missing record: ELSE, STATUS ":STATUS()
WRITEV "new" ON F, "V1", 3
READ BACK FROM F, "V1" THEN PRINT "WRITEV made: ":CONVERT(@FM, "^", BACK)
DIM M(3)
MATREAD M FROM F, "C1" THEN PRINT "MATREAD: ":M(1):", INMAT ":INMAT()
M(1) = "Changed" ;* M(3) is null, and MATWRITE leaves trailing null elements out: two fields
MATWRITE M ON F, "C2"
READ BACK FROM F, "C2" THEN PRINT "MATWRITE then READ field 1: ":BACK<1>:", fields ":DCOUNT(BACK, @FM)

* DELETE: the record goes; a missing one is no error.
DELETE F, "V1"
READ BACK FROM F, "V1" ELSE PRINT "after DELETE: ELSE, STATUS ":STATUS()
DELETE F, "V1" THEN PRINT "DELETE of a missing record: THEN"

* SELECT streams the ids in byte order, a page at a time; 2,500 records take three pages.
CLEARFILE F
FOR I = 1 TO 2500
   WRITE I ON F, FMT(I, "R%4")
NEXT I
PRINT "records: ":FILEINFO(F, 1015)
SELECT F
PRINT "@SELECTED ":@SELECTED
N = 0 ; ORDERED = 1 ; LAST = ""
LOOP WHILE READNEXT ID DO
   N += 1
   IF ID <= LAST THEN ORDERED = 0
   LAST = ID
REPEAT
PRINT "READNEXT gave ":N:", in order ":ORDERED:", last ":LAST
SELECT F TO 2
FOR I = 1 TO 2500 STEP 2
   DELETE F, FMT(I, "R%4")
NEXT I
N = 0
LOOP WHILE READNEXT ID FROM 2 DO N += 1 REPEAT
PRINT "deleted while selected: READNEXT gave ":N
CLEARFILE F
PRINT "after CLEARFILE: ":FILEINFO(F, 1015)
SELECT F
READNEXT ID ELSE PRINT "empty file: READNEXT takes ELSE"

* Locks work as on directory files (lock_test.py and hashed_test.py check them between processes).
READU R FROM F, "K" ELSE PRINT "READU of a missing record: ELSE, locked ":RECORDLOCKED(F, "K")
WRITE "k" ON F, "K"
PRINT "after WRITE: ":RECORDLOCKED(F, "K")
RECORDLOCKU F, "K"
PRINT "RECORDLOCKU: ":RECORDLOCKED(F, "K")
DELETEU F, "K"
PRINT "DELETEU keeps it: ":RECORDLOCKED(F, "K")
RELEASE F, "K"
PRINT "after RELEASE: ":RECORDLOCKED(F, "K")
FILELOCK F
FILEUNLOCK F
PRINT "FILELOCK and FILEUNLOCK: done"

STATUS ST FROM F THEN PRINT "STATUS FROM: type ":ST<21>

* The dictionary is a hashed file of its own.
OPEN "DICT", ROOT:"/CUST" TO D ELSE STOP "no dictionary: ":STATUS()
WRITE "D":@FM:"1" ON D, "NAME"
READ BACK FROM F, "NAME" ELSE PRINT "the data part has no NAME"
READ BACK FROM D, "NAME" THEN PRINT "DICT NAME: ":CONVERT(@FM, "^", BACK)

* DELETE.FILE drops it; a name that exists nowhere is ER$NVR.
CLOSE F
EXECUTE "DELETE.FILE ":ROOT:"/CUST" CAPTURING OUT
PRINT "DELETE.FILE: ":@SYSTEM.RETURN.CODE
OPEN ROOT:"/CUST" TO F ELSE PRINT "deleted file: ELSE, STATUS ":STATUS()
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
