* STATUS var FROM fv (QM's file status array) and the sequential-file statements CREATE, FLUSH, NOBUF and
* TIMEOUT, in a directory made by CREATE.FILE under /tmp (removed at the end). Array fields: 1 position,
* 2 at the end (1/0), 4 bytes left to read, 6 size, 20 path, 21 file type (4 directory, 5 sequential).
ROOT = "/tmp/mvbasic-test-seqstmts-":SYSTEM(1031)
CREATE.FILE ROOT DIRECTORY
PATH = ROOT:"/new.txt"
OPENSEQ PATH TO S THEN PRINT "exists?" ELSE PRINT "OPENSEQ: ELSE, status ":STATUS()
* CREATE makes the file OPENSEQ took ELSE for; on a file that exists it changes nothing.
CREATE S THEN PRINT "CREATE: THEN" ELSE PRINT "CREATE: ELSE"
OSREAD X FROM PATH THEN PRINT "on disk, ":LEN(X):" bytes"
CREATE S THEN PRINT "CREATE again: THEN"
STATUS ST FROM S THEN PRINT "size ":ST<6>:", type ":ST<21>:", at end ":ST<2>
WRITESEQ "hello" TO S ELSE PRINT "write failed"
FLUSH S THEN PRINT "FLUSH: THEN" ELSE PRINT "FLUSH: ELSE"
NOBUF S THEN PRINT "NOBUF: THEN" ELSE PRINT "NOBUF: ELSE"
TIMEOUT S, 5
STATUS ST FROM S THEN PRINT "position ":ST<1>:", at end ":ST<2>:", left ":ST<4>:", size ":ST<6>
PRINT "path: ":(ST<20> = PATH):", fields: ":DCOUNT(ST, @FM):", links numeric: ":NUM(ST<7>)
SEEK S, 0 ELSE PRINT "SEEK failed"
STATUS ST FROM S THEN PRINT "after SEEK: position ":ST<1>:", at end ":ST<2>:", left ":ST<4>
CLOSESEQ S

OPENPATH ROOT TO F ELSE STOP "cannot open ":ROOT
STATUS ST FROM F THEN PRINT "directory: type ":ST<21>:", position ":ST<1>:", at end ":ST<2>:", left ":ST<4>
X = "not a file"
STATUS ST FROM X THEN PRINT "?" ELSE PRINT "STATUS of a string: ELSE [":ST:"]"
CLOSE F
OSDELETE PATH
EXECUTE "SH rmdir ":ROOT
