* READBLK, WRITEBLK and SEEK on a sequential file: bytes go and come back unchanged (no newline added, a
* carriage return and the marks kept), one position shared with READSEQ, ELSE with ER$EOF (3030) at the end,
* SEEK from the start, the position or the end, and the ELSE codes of a bad SEEK.
* Works in /tmp/mvbasic-test-seqblocks-<pid>, removed at the end.
ROOT = "/tmp/mvbasic-test-seqblocks-":SYSTEM(1031)
PATH = ROOT:"/data.bin"
OPENSEQ PATH TO S THEN PRINT "exists already?" ELSE NULL
READBLK B FROM S, 4 ELSE PRINT "READBLK before the file exists: ELSE, STATUS ":STATUS()
SEEK S ELSE PRINT "SEEK before the file exists: ELSE, STATUS ":STATUS()
WRITEBLK "abc" ON S ELSE PRINT "write failed"
WRITEBLK "de":CHAR(13):CHAR(10):"f":@FM:"g" TO S ELSE PRINT "write failed"
PRINT "after two blocks: position ":FILEINFO(S, 1006):", size ":FILEINFO(S, 1003)
SEEK S THEN PRINT "SEEK S: THEN, position ":FILEINFO(S, 1006)
READBLK B FROM S, 4 THEN PRINT "4 bytes: [":B:"], position ":FILEINFO(S, 1006)
READBLK B FROM S, 3 THEN PRINT "CR LF kept: ":SEQ(B[1,1]):" ":SEQ(B[2,1]):" ":SEQ(B[3,1])
READBLK B FROM S, 100 THEN PRINT "the rest: ":LEN(B):" bytes, field mark kept: ":(B = "f":@FM:"g")
READBLK B FROM S, 1 ELSE PRINT "at the end: ELSE, STATUS ":STATUS():", [":B:"]"
SEEK S, -2, 2 THEN READBLK B FROM S, 10 THEN PRINT "2 from the end: ":CONVERT(@FM, "^", B)
SEEK S, 1 ELSE NULL
SEEK S, 2, 1 THEN PRINT "2 on from 1: position ":FILEINFO(S, 1006)
SEEK S, -3, 1 THEN PRINT "3 back: position ":FILEINFO(S, 1006)
SEEK S, 11 ELSE PRINT "past the end: ELSE, STATUS ":STATUS()
SEEK S, -1 ELSE PRINT "before the start: ELSE, STATUS ":STATUS()
SEEK S, 0, 3 ELSE PRINT "relto 3: ELSE, STATUS ":STATUS()
SEEK S, 0, 2 ELSE NULL
WRITEBLK "XYZ" ON S THEN PRINT "appended: size ":FILEINFO(S, 1003)
* Writing in the middle replaces bytes and keeps the rest.
SEEK S, 1 ELSE NULL
WRITEBLK "BC" ON S ELSE NULL
SEEK S ELSE NULL
READBLK B FROM S, 5 THEN PRINT "overwritten: ":B
SEEK S, 3 ELSE NULL
READSEQ L FROM S THEN PRINT "READSEQ from 3: ":L:" (":LEN(L):" bytes), position ":FILEINFO(S, 1006)
READBLK B FROM S, 0 THEN PRINT "0 bytes: THEN, [":B:"]"
CLOSESEQ S

OPENSEQ PATH READONLY TO R ELSE STOP "no ":PATH
WRITEBLK "x" ON R ELSE PRINT "WRITEBLK to a read-only file: ELSE, STATUS ":STATUS()
READBLK B FROM R, 13 THEN PRINT "whole file: ":LEN(B):" bytes"
CLOSESEQ R
OPENPATH ROOT TO D ELSE STOP "no ":ROOT
READBLK B FROM D, 1 ELSE PRINT "READBLK of a directory file: ELSE, STATUS ":STATUS()
SEEK D ELSE PRINT "SEEK of a directory file: ELSE, STATUS ":STATUS()
CLOSE D

EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
OPENSEQ PATH READONLY TO R THEN PRINT "still there?" ELSE PRINT "cleaned up"
