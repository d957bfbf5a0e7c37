* Sequential files: OPENSEQ of a new file (ELSE with STATUS 0), WRITESEQ/WRITESEQF, READSEQ to the end
* (ELSE with STATUS 3006), writing at the position, WEOFSEQ, carriage returns, and the file, record form.
* Works in /tmp/mvbasic-test-seqfiles-<pid>, removed at the end.
ROOT = "/tmp/mvbasic-test-seqfiles-":SYSTEM(1031)
PATH = ROOT:"/logs/app.log"
OPENSEQ PATH TO LOG THEN PRINT "exists already?" ELSE PRINT "new file: ELSE, STATUS ":STATUS()
PRINT "type ":FILEINFO(LOG, 3):", size before the first write ":FILEINFO(LOG, 1003)
READSEQ LINE FROM LOG ELSE PRINT "nothing to read yet: STATUS ":STATUS()
WRITESEQ "first" TO LOG ELSE PRINT "write failed"
WRITESEQ "second" TO LOG ELSE PRINT "write failed"
WRITESEQF "third" TO LOG ELSE PRINT "write failed"
PRINT "after three lines: position ":FILEINFO(LOG, 1006):", next line ":FILEINFO(LOG, 14):", size ":FILEINFO(LOG, 1003)
CLOSESEQ LOG

OPENSEQ PATH TO LOG ELSE STOP "the file has gone"
PRINT "reopened: STATUS ":STATUS():", position ":FILEINFO(LOG, 1006)
LOOP
   READSEQ LINE FROM LOG ELSE EXIT
   PRINT "read: ":LINE
REPEAT
PRINT "end of file: STATUS ":STATUS():", LINE [":LINE:"]"
WRITESEQ "fourth" TO LOG ELSE PRINT "write failed"
CLOSESEQ LOG

* Writing replaces what is at the position; WEOFSEQ cuts the file there.
OPENSEQ PATH TO LOG ELSE STOP "the file has gone"
READSEQ LINE FROM LOG ELSE NULL
WRITESEQ "SECOND" TO LOG ELSE NULL
WEOFSEQ LOG
CLOSESEQ LOG
OPENSEQ PATH TO LOG ELSE STOP "the file has gone"
LOOP
   READSEQ LINE FROM LOG ELSE EXIT
   PRINT "now: ":LINE
REPEAT
CLOSESEQ LOG

* A carriage return before the newline is dropped; a last line without a newline is still a line.
OPENSEQ ROOT:"/crlf.txt" TO T ELSE NULL
WRITESEQ "dos line":CHAR(13):CHAR(10):"unix line":CHAR(10):"no newline" TO T ELSE NULL
WEOFSEQ T
CLOSESEQ T
OPENSEQ ROOT:"/crlf.txt" TO T ELSE STOP "no crlf.txt"
N = 0
LOOP
   READSEQ LINE FROM T ELSE EXIT
   N = N + 1
   PRINT "line ":N:": ":LINE:" (":LEN(LINE):")"
REPEAT
CLOSESEQ T

OPENSEQ ROOT TO X THEN PRINT "a folder opened?" ELSE PRINT "a folder: ELSE, STATUS ":STATUS()
OPENSEQ ROOT:"/crlf.txt/below" TO X THEN PRINT "?" ELSE PRINT "below a plain file: ELSE, STATUS ":STATUS()

* OPENSEQ file, record: a record of a directory file, one line per field.
OPENSEQ ROOT:"/logs", "report/2024" TO R THEN PRINT "?" ELSE PRINT "record form, new record: STATUS ":STATUS()
WRITESEQ "header" TO R ELSE NULL
WRITESEQ "body" TO R ELSE NULL
CLOSESEQ R
OPENPATH ROOT:"/logs" TO D ELSE STOP "no logs file"
READ REC FROM D, "report/2024" THEN PRINT "as a record: ":REC<1>:" + ":REC<2>:" (":DCOUNT(REC, @FM):" fields)"
READSEQ LINE FROM D ELSE PRINT "READSEQ from a directory file: ELSE, STATUS ":STATUS()
CLOSE D

EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
