* MATREAD/MATREADU/MATREADL and MATWRITE/MATWRITEU: one field per element, fields beyond the matrix in the
* zero element (INMAT() is then 0), a missing record takes ELSE (STATUS() 3006) and leaves the matrix as it
* was, MATWRITE leaves out trailing null elements and appends a non-null zero element, and the U and L forms
* lock as READU/READL/WRITEU do. Works in /tmp/mvbasic-test-matread-<pid>, removed at the end.
ROOT = "/tmp/mvbasic-test-matread-":SYSTEM(1031)
* WRITESEQ creates missing folders: that makes the directory file.
OPENSEQ ROOT:"/DATA/seed" TO S ELSE NULL
WRITESEQ "seed" TO S ELSE STOP "cannot create ":ROOT
CLOSE S
OPENPATH ROOT:"/DATA" TO F ELSE STOP "cannot open the new file"
DELETE F, "seed"

WRITE "A":@FM:"B1":@VM:"B2":@FM:"C" ON F, "R3"
DIM REC(5)
MATREAD REC FROM F, "R3" THEN PRINT "R3: THEN, STATUS ":STATUS():", INMAT ":INMAT()
FOR I = 0 TO 5
   PRINT "  ":I:" [":CONVERT(@VM, "/", REC(I)):"]"
NEXT I

WRITE "1":@FM:"2":@FM:"3":@FM:"4":@FM:"5" ON F, "R5"
DIM SMALL(3)
MATREAD SMALL FROM F, "R5" ELSE PRINT "R5 missing?"
PRINT "R5 into 3 elements: INMAT ":INMAT():", ":SMALL(1):" ":SMALL(2):" ":SMALL(3):", zero element [":CONVERT(@FM, "^", SMALL(0)):"]"
MATREAD SMALL FROM F, "NONE" THEN PRINT "found?" ELSE PRINT "NONE: ELSE, STATUS ":STATUS():", matrix kept: ":SMALL(1)
MATREAD SMALL FROM F, "" ELSE PRINT "empty id: ELSE, STATUS ":STATUS()

DIM OUT(4)
MAT OUT = ""
OUT(1) = "x"
OUT(2) = 12
MATWRITE OUT ON F, "W1"
READ BACK FROM F, "W1" THEN PRINT "W1: ":CONVERT(@FM, "^", BACK)
OUT(4) = "end"
OUT(0) = "extra"
MATWRITE OUT TO F, "W2" THEN PRINT "MATWRITE: THEN"
READ BACK FROM F, "W2" THEN PRINT "W2: ":CONVERT(@FM, "^", BACK)
MATWRITE OUT ON F, "" ON ERROR PRINT "MATWRITE of an empty id: ON ERROR, STATUS ":STATUS()

* The U and L forms lock the record, even one that does not exist; MATWRITEU keeps the lock, MATWRITE frees it.
MATREADU REC FROM F, "R3" THEN PRINT "MATREADU: RECORDLOCKED ":RECORDLOCKED(F, "R3")
MATWRITEU REC ON F, "R3"
PRINT "after MATWRITEU: ":RECORDLOCKED(F, "R3")
MATWRITE REC ON F, "R3"
PRINT "after MATWRITE: ":RECORDLOCKED(F, "R3")
READ BACK FROM F, "R3" THEN PRINT "R3 written back unchanged: ":(BACK = "A":@FM:"B1":@VM:"B2":@FM:"C")
MATREADL SMALL FROM F, "R5" LOCKED PRINT "locked?" THEN PRINT "MATREADL: RECORDLOCKED ":RECORDLOCKED(F, "R5")
MATREADU SMALL FROM F, "NEW" ELSE PRINT "MATREADU of NEW: ELSE, RECORDLOCKED ":RECORDLOCKED(F, "NEW")
RELEASE
PRINT "after RELEASE: ":RECORDLOCKED(F, "R5"):" ":RECORDLOCKED(F, "NEW")

CLOSE F
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
OPENPATH ROOT:"/DATA" TO F ELSE PRINT "cleaned up"
