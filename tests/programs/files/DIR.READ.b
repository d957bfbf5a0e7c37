* Reading a directory file: OPEN and OPEN DICT, SELECT/READNEXT, READ, READV and FILEINFO() on the
* fixture FIX.CUST (each record is a file; each line of the file is a field).
OPEN "FIX.CUST" TO CUST ELSE STOP "cannot open FIX.CUST"
PRINT "OPEN: is a file ":FILEINFO(CUST, 0):", type ":FILEINFO(CUST, 3):", name ":FILEINFO(CUST, 1)
P = FILEINFO(CUST, 2)
PRINT "path ends ":P[LEN(P) - 8, 9]:", mark mapping ":FILEINFO(CUST, 1014)

* SELECT lists the records: files whose names start with "." and folders are not records.
SELECT CUST
N = 0
LOOP
   READNEXT ID ELSE EXIT
   N = N + 1
   PRINT "id ":N:": ":ID
REPEAT

READ REC FROM CUST, "1001" THEN PRINT "1001: ":DCOUNT(REC, @FM):" fields, ":REC<1>:" / ":REC<2>
READ REC FROM CUST, "1002" ELSE PRINT "1002 missing"
PRINT "1002 city values: ":DCOUNT(REC<2>, @VM):", the second ":REC<2, 2>
READ REC FROM CUST, "a/b" THEN PRINT "a/b is the file a%Sb: ":REC
READ REC FROM CUST, ".profile" THEN PRINT ".profile is the file %dprofile: ":REC
READ REC FROM CUST, "CRLF" THEN PRINT "CRLF: ":DCOUNT(REC, @FM):" fields, the first ":LEN(REC<1>):" bytes long"
PRINT "last id read: ":FILEINFO(CUST, 1012)

REC = "old"
READ REC FROM CUST, "9999" ELSE PRINT "9999 missing, STATUS ":STATUS():", REC [":REC:"]"
READV CITY FROM CUST, "1001", 2 THEN PRINT "READV 1001<2> = ":CITY
READV X FROM CUST, "1001", 0 THEN PRINT "READV field 0 gives the id: ":X
READV X FROM CUST, "1001", 7 THEN PRINT "READV 1001<7> = [":X:"]"
READV X FROM CUST, "9999", 1 ELSE PRINT "READV of a missing record: ELSE, STATUS ":STATUS()
READ X FROM CUST, "SUB" ON ERROR
   PRINT "SUB is a folder: ON ERROR, STATUS ":STATUS()
END ELSE
   PRINT "SUB: ELSE"
END

OPEN "DICT", "FIX.CUST" TO DCT ELSE STOP "no dictionary"
READ D FROM DCT, "NAME" THEN PRINT "DICT FIX.CUST NAME: ":D<1>:" ":D<2>:" ":D<3>
* A name that exists nowhere is ER$NVR (3007), as QM gives for a name with no VOC entry (issue 11); OPENPATH
* has no VOC to miss and keeps ER$FNF (3003).
OPEN "NO.SUCH.FILE" TO X ELSE PRINT "NO.SUCH.FILE: ELSE, STATUS ":STATUS()
OPEN "DIR.READ.b" TO X ELSE PRINT "DIR.READ.b is not a folder: ELSE, STATUS ":STATUS()
OPENPATH "FIX.CUST" TO P2 THEN PRINT "OPENPATH: type ":FILEINFO(P2, 3):", name [":FILEINFO(P2, 1):"]"
OPENPATH "NO.SUCH.FILE" TO X ELSE PRINT "OPENPATH NO.SUCH.FILE: ELSE, STATUS ":STATUS()
CLOSE CUST
PRINT "after CLOSE: ":FILEINFO(CUST, 0)
NOTFILE = "abc"
PRINT "a string is not a file: ":FILEINFO(NOTFILE, 0)
