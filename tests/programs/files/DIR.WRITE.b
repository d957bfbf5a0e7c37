* Writing a directory file: WRITE, WRITEV, DELETE, record ids that are not file names, and field marks
* stored as lines. Works in /tmp/mvbasic-test-dirwrite-<pid>, removed at the end.
ROOT = "/tmp/mvbasic-test-dirwrite-":SYSTEM(1031)
* WRITESEQ creates missing folders: that makes the directory file.
OPENSEQ ROOT:"/DATA/seed" TO S ELSE NULL
WRITESEQ "seed" TO S ELSE STOP "cannot create ":ROOT
CLOSE S
OPENPATH ROOT:"/DATA" TO F ELSE STOP "cannot open the new file"
DELETE F, "seed"
PRINT "writable: ":(FILEINFO(F, 1001) = 0)

REC = "Name":@FM:"Street":@VM:"Town":@FM:"":@FM:"Last"
WRITE REC ON F, "C1"
READ BACK FROM F, "C1" THEN PRINT "round trip equal: ":(BACK = REC)
* On disk each field is one line of the file.
OPENSEQ ROOT:"/DATA/C1" TO S ELSE STOP "no file C1"
N = 0
LOOP
   READSEQ LINE FROM S ELSE EXIT
   N = N + 1
   CONVERT @VM TO "]" IN LINE
   PRINT "C1 line ":N:": [":LINE:"]"
REPEAT
CLOSE S

* Ids that cannot be file names are mapped: / is %S, a leading . is %d, * is %A.
WRITE "slash" ON F, "2024/07"
WRITE "dot" ON F, ".cfg"
WRITE "star" ON F, "A*B"
OPENSEQ ROOT:"/DATA/2024%S07" TO S ELSE STOP "no file 2024%S07"
READSEQ LINE FROM S THEN PRINT "file 2024%S07 holds ":LINE
CLOSE S
OPENSEQ ROOT:"/DATA/%dcfg" TO S ELSE STOP "no file %dcfg"
READSEQ LINE FROM S THEN PRINT "file %dcfg holds ":LINE
CLOSE S
OPENSEQ ROOT:"/DATA/A%AB" TO S ELSE STOP "no file A%AB"
READSEQ LINE FROM S THEN PRINT "file A%AB holds ":LINE
CLOSE S
SELECT F TO 2
LOOP
   READNEXT ID FROM 2 ELSE EXIT
   PRINT "id ":ID
REPEAT

WRITEV "New Town" ON F, "C1", 2
READV T FROM F, "C1", 2 THEN PRINT "WRITEV replaced field 2: ":T
READ R FROM F, "C1" THEN PRINT "C1 still has ":DCOUNT(R, @FM):" fields, the last ":R<4>
WRITEV "x" ON F, "NEWREC", 3
READ R FROM F, "NEWREC" THEN PRINT "WRITEV made NEWREC with ":DCOUNT(R, @FM):" fields"
WRITE "" ON F, "EMPTY"
READ R FROM F, "EMPTY" THEN PRINT "EMPTY exists, length ":LEN(R)
DELETE F, "EMPTY"
READ R FROM F, "EMPTY" ELSE PRINT "EMPTY deleted"
DELETE F, "EMPTY"
PRINT "second DELETE: STATUS ":STATUS()

WRITE "x" ON F, "" ON ERROR PRINT "empty id: ON ERROR, STATUS ":STATUS()
WRITE "x" ON F, "A":@FM:"B" ON ERROR PRINT "id with a field mark: ON ERROR, STATUS ":STATUS()
DELETE F, "" ON ERROR PRINT "DELETE of an empty id: ON ERROR, STATUS ":STATUS()
READ R FROM F, "" ELSE PRINT "READ of an empty id: ELSE, STATUS ":STATUS()

CLOSE F
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
OPENPATH ROOT:"/DATA" TO F ELSE PRINT "cleaned up"
