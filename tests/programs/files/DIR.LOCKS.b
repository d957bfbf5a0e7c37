* Record locks held by one process, as RECORDLOCKED() reports them: 2 update (READU), 1 shared (READL),
* 0 none. WRITE and DELETE release the lock, WRITEU keeps it, RELEASE and closing the file's last open
* release it. (tests/programs/files/lock_test.py checks locks between processes.)
ROOT = "/tmp/mvbasic-test-dirlocks-":SYSTEM(1031)
OPENSEQ ROOT:"/DATA/seed" TO S ELSE NULL
WRITESEQ "seed" TO S ELSE STOP "cannot create ":ROOT
CLOSE S
OPENPATH ROOT:"/DATA" TO F ELSE STOP "cannot open the new file"
DELETE F, "seed"

PRINT "no lock: ":RECORDLOCKED(F, "R1")
READU R FROM F, "R1" ELSE PRINT "READU of a missing record: ELSE, and locked ":RECORDLOCKED(F, "R1")
WRITEU "one" ON F, "R1"
PRINT "after WRITEU: ":RECORDLOCKED(F, "R1")
WRITE "two" ON F, "R1"
PRINT "after WRITE: ":RECORDLOCKED(F, "R1")
READL R FROM F, "R1" THEN PRINT "READL read ":R:", lock ":RECORDLOCKED(F, "R1")
READU R FROM F, "R1" THEN PRINT "READU upgrades it: ":RECORDLOCKED(F, "R1")
READL R FROM F, "R1" THEN PRINT "READL keeps the update lock: ":RECORDLOCKED(F, "R1")
READU R FROM F, "R1" LOCKED
   PRINT "never: a process does not conflict with itself"
END THEN
   PRINT "READU again with a LOCKED clause: THEN"
END
RELEASE F
PRINT "after RELEASE F: ":RECORDLOCKED(F, "R1")

READU R FROM F, "R1" ELSE NULL
READL R FROM F, "R2" ELSE NULL
PRINT "R1 and R2: ":RECORDLOCKED(F, "R1"):" ":RECORDLOCKED(F, "R2")
RELEASE
PRINT "after RELEASE: ":RECORDLOCKED(F, "R1"):" ":RECORDLOCKED(F, "R2")
READU R FROM F, "R1" ELSE NULL
DELETE F, "R1"
PRINT "after DELETE: ":RECORDLOCKED(F, "R1")
READV X FROM F, "R3", 1 ELSE NULL
PRINT "READV takes no lock: ":RECORDLOCKED(F, "R3")
READVU X FROM F, "R3", 1 ELSE NULL
PRINT "READVU locks: ":RECORDLOCKED(F, "R3")
WRITEV "v" ON F, "R3", 1
PRINT "WRITEV releases: ":RECORDLOCKED(F, "R3")

READU R FROM F, "R4" ELSE NULL
OPENPATH ROOT:"/DATA" TO G ELSE STOP "no second open"
PRINT "a second file variable sees it: ":RECORDLOCKED(G, "R4")
CLOSE G
PRINT "closing one of two opens keeps it: ":RECORDLOCKED(F, "R4")
CLOSE F
OPENPATH ROOT:"/DATA" TO F ELSE STOP "cannot reopen"
PRINT "closing the last open frees it: ":RECORDLOCKED(F, "R4")
READU R FROM F, "R5" ELSE NULL
F = ""
OPENPATH ROOT:"/DATA" TO F ELSE STOP "cannot reopen"
PRINT "so does overwriting the variable: ":RECORDLOCKED(F, "R5")

CLOSE F
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
