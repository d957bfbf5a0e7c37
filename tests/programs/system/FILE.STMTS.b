* File statements that need no reading, on a directory file made by CREATE.FILE under /tmp (removed at the
* end): CREATE.FILE, RECORDLOCKU/RECORDLOCKL, DELETEU, CLEARFILE, FILELOCK/FILEUNLOCK, MARK.MAPPING.
ROOT = "/tmp/mvbasic-test-filestmts-":SYSTEM(1031)
CREATE.FILE ROOT DIRECTORY
OPENPATH ROOT TO F ELSE STOP "cannot open ":ROOT
PRINT "created, status ":STATUS()
* A file that exists cannot be created again: ER$NOT.CREATED (6); an empty name is ER$NAM (3002).
CREATE.FILE ROOT DIRECTORY ON ERROR PRINT "again: ON ERROR, status ":STATUS()
CREATE.FILE "" DIRECTORY ON ERROR PRINT "empty name: status ":STATUS()
CREATE.FILE ROOT:"/DYN" DYNAMIC GROUP.SIZE 2 MIN.MODULUS 7 ON ERROR PRINT "DYNAMIC: status ":STATUS()
* Since issue 11 DYNAMIC makes a hashed file, in the database ROOT/mvfiles.db, which is not a record of ROOT.
PRINT "DYNAMIC: status ":STATUS()

* RECORDLOCKU and RECORDLOCKL take READU's and READL's locks without reading.
RECORDLOCKU F, "R1"
RECORDLOCKL F, "R2"
PRINT "locks: ":RECORDLOCKED(F, "R1"):" ":RECORDLOCKED(F, "R2"):" ":RECORDLOCKED(F, "R3")
RELEASE F, "R2"
PRINT "R2 released: ":RECORDLOCKED(F, "R2")
RECORDLOCKL F, "R1" LOCKED PRINT "not locked by another process"
PRINT "RECORDLOCKL keeps the update lock: ":RECORDLOCKED(F, "R1")

* DELETEU deletes the record and keeps its lock; DELETE lets it go.
WRITEU "one" ON F, "R1"
DELETEU F, "R1"
READ X FROM F, "R1" THEN PRINT "still there" ELSE PRINT "R1 deleted, lock ":RECORDLOCKED(F, "R1")
DELETE F, "R1"
PRINT "after DELETE: ":RECORDLOCKED(F, "R1")

* CLEARFILE removes every record.
WRITE "a" ON F, "A"
WRITE "b" ON F, "B"
WRITE "c" ON F, "C"
SELECT F TO 1
PRINT "records: ":SELECTINFO(1, 3)
CLEARSELECT 1
CLEARFILE F
PRINT "cleared, status ":STATUS()
SELECT F TO 1
READNEXT ID FROM 1 THEN PRINT "left: ":ID ELSE PRINT "no records left"

* FILELOCK takes the lock on the whole file; FILEUNLOCK gives it back.
FILELOCK F LOCKED PRINT "file locked by another process"
PRINT "file locked, status ":STATUS()
FILEUNLOCK F
PRINT "file unlocked, status ":STATUS()

* MARK.MAPPING OFF stores field marks as they are; ON (the default) stores them as newlines.
REC = "a":@FM:"b"
WRITE REC ON F, "MAPPED"
MARK.MAPPING F, OFF
PRINT "FILEINFO 1014 (FL$MARK.MAPPING): ":FILEINFO(F, 1014)
WRITE REC ON F, "RAW"
READ BACK FROM F, "RAW" THEN PRINT "raw read back equal: ":(BACK = REC)
MARK.MAPPING F, ON
PRINT "FILEINFO 1014 after ON: ":FILEINFO(F, 1014)
OSREAD M FROM ROOT:"/MAPPED" THEN PRINT "mapped bytes: ":LEN(M)
OSREAD R FROM ROOT:"/RAW" THEN PRINT "raw bytes: ":LEN(R):", mark at 2: ":(SEQ(R[2,1]) = 254)

CLEARFILE F
CLOSE F
EXECUTE "SH rmdir ":ROOT
