* Whole operating system files by pathname: OSWRITE replaces a file byte for byte (no mark translation),
* OSREAD reads it back (ELSE with STATUS 3003 ER$FNF when missing, 3013 ER$NSEQ for a folder), OSWRITE
* faults (ON ERROR) when the folder is missing, OSDELETE and DELETESEQ by path and by file and record id.
* Works in /tmp/mvbasic-test-osfiles-<pid>, removed at the end.
ROOT = "/tmp/mvbasic-test-osfiles-":SYSTEM(1031)
EXECUTE "SH -c 'mkdir -p ":ROOT:"/data'" CAPTURING JUNK
P = ROOT:"/notes.txt"

OSREAD X FROM P THEN PRINT "exists already?" ELSE PRINT "missing: ELSE, STATUS ":STATUS():", OS.ERROR ":OS.ERROR():", [":X:"]"

* The bytes go to the file as they are: a field mark stays a byte 254, a newline stays a newline.
OSWRITE "one":@FM:"two":CHAR(10):"three" TO P
PRINT "OSWRITE: STATUS ":STATUS()
OSREAD X FROM P THEN PRINT "OSREAD: ":LEN(X):" bytes, ":DCOUNT(X, @FM):" fields, ":DCOUNT(X, CHAR(10)):" lines"

* Overwriting replaces the whole file, shorter or longer.
OSWRITE "short" TO P
OSREAD X FROM P THEN PRINT "after a shorter write: [":X:"]"
OSWRITE "" TO P
OSREAD X FROM P THEN PRINT "an empty file reads as [":X:"], STATUS ":STATUS()

* A record written by WRITE has its field marks stored as newlines; OSREAD shows them raw.
OPENPATH ROOT:"/data" TO F ELSE STOP "no data folder"
WRITE "A":@FM:"B" ON F, "rec1"
OSREAD X FROM ROOT:"/data/rec1" THEN PRINT "WRITE then OSREAD: ":OCONV(X, "MX0C")
OSWRITE "C":CHAR(10):"D" TO ROOT:"/data/rec2"
READ R FROM F, "rec2" THEN PRINT "OSWRITE then READ: ":R<1>:" and ":R<2>

* Failures: a folder is not a plain file; a missing folder cannot take a file.
OSREAD X FROM ROOT THEN PRINT "?" ELSE PRINT "a folder: ELSE, STATUS ":STATUS()
OSWRITE "x" TO ROOT:"/nowhere/x.txt" ON ERROR PRINT "no folder: ON ERROR, STATUS ":STATUS()
OSWRITE "x" TO ROOT:"/data" ON ERROR PRINT "over a folder: ON ERROR, STATUS ":STATUS()

* Writes go through a temporary file that is renamed: none is left behind.
EXECUTE "SH -c 'cd ":ROOT:" && find . | sort'" CAPTURING LIST
PRINT "files: ":CONVERT(@FM, " ", LIST)

* OSDELETE: STATUS 0 when deleted, 3003 when there was nothing to delete (not an error).
OSDELETE P
PRINT "OSDELETE: STATUS ":STATUS()
OSREAD X FROM P ELSE PRINT "gone: STATUS ":STATUS()
OSDELETE P
PRINT "OSDELETE again: STATUS ":STATUS()
OSDELETE ROOT:"/data" ON ERROR PRINT "OSDELETE of a folder: ON ERROR, STATUS ":STATUS()

* DELETESEQ path and DELETESEQ file, id take THEN/ELSE.
DELETESEQ ROOT:"/data/rec1" THEN PRINT "DELETESEQ path: THEN, STATUS ":STATUS()
DELETESEQ ROOT:"/data/rec1" THEN PRINT "?" ELSE PRINT "DELETESEQ missing: ELSE, STATUS ":STATUS()
DELETESEQ ROOT:"/data", "rec2" THEN PRINT "DELETESEQ file, id: THEN"
READ R FROM F, "rec2" ELSE PRINT "rec2 is no longer a record"
DELETESEQ ROOT:"/data" ELSE PRINT "DELETESEQ of a folder: ELSE, STATUS ":STATUS()
DELETESEQ ROOT:"/nofile", "x" ELSE PRINT "DELETESEQ in a missing file: ELSE, STATUS ":STATUS()
CLOSE F

EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
