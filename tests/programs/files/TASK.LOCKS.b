* LOCK and UNLOCK, QM's task locks 0 to 63, within one process (tests/programs/files/lock_test.py checks them
* between processes). LOCK takes THEN with STATUS() 0 for a free lock and the process's own user number for
* one it holds already; UNLOCK takes THEN for a lock it held, ELSE with ER$NLK (3012) for one nobody holds;
* RELEASE leaves task locks alone and UNLOCK alone releases them all.
* Task locks are shared by every process with this RUNDIR: lock 40 keeps two runs of this program apart
* (without an ELSE clause LOCK waits) until the UNLOCK of them all; what follows it holds either way.
LOCK 40
LOCK 41 THEN PRINT "LOCK 41: THEN, STATUS ":STATUS()
LOCK 41 THEN PRINT "again: THEN, STATUS is this process: ":(STATUS() = @USERNO)
LOCK 41 ELSE PRINT "held by another?"
RELEASE
UNLOCK 41 THEN PRINT "RELEASE left it: UNLOCK 41 THEN, STATUS ":STATUS()
UNLOCK 41 ELSE PRINT "UNLOCK 41 again: ELSE, STATUS ":STATUS()
LOCK 42
UNLOCK
LOCK 42 THEN PRINT "UNLOCK alone released 42: LOCK 42 STATUS ":STATUS()
UNLOCK THEN PRINT "UNLOCK: THEN, STATUS ":STATUS()
UNLOCK -1 THEN PRINT "UNLOCK -1: THEN"
