* Statement forms QM programs use that mvbasic compiled before issue 10 without a golden program:
* COM (COMMON), INCLUDE without '$', PERFORM (EXECUTE), READVL, WRITEVU, SSELECT and RQM.
COM SHARED.A, SHARED.B
INCLUDE KEYS.H
SHARED.A = "common"
PRINT SHARED.A : " " : SKT$NON.BLOCKING

ROOT = "/tmp/mvbasic-test-stmtforms-":SYSTEM(1031)
OPENSEQ ROOT:"/DATA/seed" TO S ELSE NULL
WRITESEQ "seed" TO S ELSE STOP "cannot create ":ROOT
CLOSESEQ S
OPENPATH ROOT:"/DATA" TO F ELSE STOP "cannot open the new file"
DELETE F, "seed"

* WRITEVU replaces one field and keeps the update lock; READVL reads one field under a shared lock.
WRITE "a":@FM:"b":@FM:"c" ON F, "R2"
WRITE "x" ON F, "R10"
WRITE "y" ON F, "R1"
READU R FROM F, "R2" ELSE NULL
WRITEVU "B" ON F, "R2", 2
PRINT "after WRITEVU: lock ":RECORDLOCKED(F, "R2")
READVL V FROM F, "R2", 2 THEN PRINT "READVL: ":V ELSE PRINT "READVL: ELSE"
READVL V FROM F, "R9", 1 THEN PRINT "READVL R9: THEN" ELSE PRINT "READVL R9: ELSE"
RELEASE
READ R FROM F, "R2" THEN PRINT CONVERT(@FM, ",", R)

* SSELECT returns the ids in sorted order (left-justified: R1, R10, R2).
SSELECT F
IDS = ""
LOOP
  READNEXT ID ELSE EXIT
  IDS<-1> = ID
REPEAT
PRINT CONVERT(@FM, " ", IDS)

* PERFORM is EXECUTE; RQM gives up the rest of the time slice and goes on.
PERFORM "SH -c 'exit 3'"
PRINT "PERFORM status ":@SYSTEM.RETURN.CODE
RQM
PRINT "after RQM"
EXECUTE "SH -c 'rm -rf ":ROOT:"'"
