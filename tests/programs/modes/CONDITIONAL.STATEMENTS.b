* $MODE CONDITIONAL.STATEMENTS: a statement that takes THEN or ELSE may be the condition of WHILE or UNTIL;
* the condition is true when the statement would take THEN, and an ELSE outcome is no error. Without the
* option only READNEXT may be so used (CONDITIONAL.OFF shows the compiler refusing READSEQ).
* Writes /tmp/mvbasic-test-condstmt-<pid>.txt, removed at the end.
SELECT "A":@FM:"B" TO 1
LOOP WHILE READNEXT ID FROM 1 DO
   CRT "READNEXT without the option: ":ID
REPEAT
$MODE CONDITIONAL.STATEMENTS
NAME = "mvbasic-test-condstmt-":SYSTEM(1031):".txt"
PATH = "/tmp/":NAME
OPENSEQ PATH TO F ELSE NULL
WRITESEQ "alpha" TO F ELSE NULL
WRITESEQ "beta" TO F ELSE NULL
WRITESEQ "gamma" TO F ELSE NULL
CLOSESEQ F
* WHILE: the loop goes on while READSEQ takes THEN, and ends at the end of the file.
OPENSEQ PATH TO F ELSE STOP "cannot reopen"
N = 0
LOOP WHILE READSEQ LINE FROM F DO
   N += 1
   CRT N:": ":LINE
REPEAT
CRT "lines read: ":N
CLOSESEQ F
* UNTIL: the loop ends at the first READ that takes THEN; the failed READs before it are not errors.
OPENPATH "/tmp" TO D ELSE STOP "no /tmp"
IDS = "no-such-record-1-":NAME:@FM:"no-such-record-2-":NAME:@FM:NAME
I = 0
LOOP
   I += 1
UNTIL READ REC FROM D, IDS<I> DO
REPEAT
CRT "READ took THEN at try ":I:", field 2 is ":REC<2>
* The other forms of READ, and OPENSEQ, work the same way; so does READNEXT.
V = ""
LOOP WHILE READV V FROM D, NAME, 3 DO
   CRT "READV: ":V
   EXIT
REPEAT
LOOP UNTIL OPENSEQ "/no/such/folder/at/all" TO G DO
   CRT "OPENSEQ took ELSE"
   EXIT
REPEAT
SELECT "C" TO 2
LOOP WHILE READNEXT ID FROM 2 DO CRT "READNEXT with the option: ":ID
REPEAT
OSDELETE PATH
END
