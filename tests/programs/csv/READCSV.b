* WRITECSV writes one CSV line to a sequential file; READCSV reads one record back into variables.
* Fields holding a comma, a quote or a line break are quoted, with quotes doubled (RFC 4180).
PATH = "/tmp/mvbasic-csv-readcsv-" : SYSTEM(1031)
OSDELETE PATH
OPENSEQ PATH TO F ELSE IF STATUS() THEN STOP "cannot open ":PATH
WRITECSV 'a', 'b,c', 'say "hi"' TO F ELSE PRINT "write failed"
WRITECSV 1.5, '', 'x' TO F THEN PRINT "written"
* Each field of a dynamic array item is a field of its own.
WRITECSV "p" : @FM : "q,r", "s" TO F
WRITECSV 'two' : CHAR(10) : 'lines', 'end' TO F
WRITECSV '' TO F
WRITESEQ '"unterminated,x' TO F ELSE NULL
CLOSESEQ F
* The lines as they are in the file.
OPENSEQ PATH TO F ELSE STOP "lost ":PATH
LOOP
   READSEQ LINE FROM F ELSE EXIT
   PRINT "line: " : LINE
REPEAT
CLOSESEQ F
* READCSV: a record that ends inside quotes goes on over the next line.
OPENSEQ PATH TO F ELSE STOP "lost ":PATH
N = 0
LOOP
   READCSV FROM F TO V1, V2, V3 ELSE EXIT
   N += 1
   PRINT N : ": [" : CONVERT(CHAR(10), "/", V1) : "] [" : V2 : "] [" : V3 : "]"
REPEAT
PRINT "end of file after " : N : " records, STATUS() nonzero: " : (STATUS() # 0)
* At the end of the file the variables keep their values.
V1 = "kept"
READCSV FROM F TO V1 THEN PRINT "then" ELSE PRINT "else: " : V1
CLOSESEQ F
* Fewer variables than fields: the rest is ignored. A field reference may be a target.
OPENSEQ PATH TO F ELSE STOP "lost ":PATH
R = ""
READCSV FROM F TO R<2> THEN PRINT "then: " : CONVERT(@FM, "^", R)
CLOSESEQ F
OSDELETE PATH
