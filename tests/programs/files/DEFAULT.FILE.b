* Pick's default file: OPEN without TO opens it, and READ and READV that name only the record id use it.
* A keyword followed by '=' is an assignment to a variable of that name (PROMPT, DISPLAY).
PROMPT = "?"
DISPLAY = 3
PRINT PROMPT : DISPLAY
OPEN "FIX.CUST" READONLY ELSE STOP "cannot open FIX.CUST"
READ R FROM "1001" THEN PRINT CONVERT(@FM, "/", R)
READV R FROM "1001", 2 THEN PRINT R
READ R FROM "NO.SUCH.ID" ELSE PRINT "NO.SUCH.ID: ELSE"
* SELECT alone selects the default file.
SELECT
N = 0
LOOP
  READNEXT ID ELSE EXIT
  N += 1
REPEAT
PRINT "SELECT read ids: " : (N > 3)
* A named file variable still takes the usual three-part forms.
OPEN "", "FIX.CUST" TO F ELSE STOP "cannot open FIX.CUST"
READV R FROM F, "1001", 1 THEN PRINT R
READ R FROM F, "1002" THEN PRINT R<1>
