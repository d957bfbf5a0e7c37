* The mvbasic side of the JSON benchmark (bp/bench/json.sh): JPARSE() and JBUILD() of a document, the best
* of RUNS runs of each in milliseconds (SYSTEM(1020)), reading the file untimed.
*   mvbasic run json.b DOC.json RUNS
PATH = FIELD(@SENTENCE, " ", 3)
RUNS = FIELD(@SENTENCE, " ", 4) + 0
IF RUNS < 1 THEN RUNS = 3
OPENSEQ PATH TO F ELSE STOP "cannot open " : PATH
READBLK TEXT FROM F, 100000000 ELSE STOP "cannot read " : PATH
CLOSESEQ F
BEST.PARSE = 999999999
BEST.BUILD = 999999999
FOR R = 1 TO RUNS
   T0 = SYSTEM(1020)
   DOC = JPARSE(TEXT)
   IF STATUS() THEN STOP "JPARSE failed at " : INMAT()
   T1 = SYSTEM(1020)
   OUT = JBUILD(DOC)
   T2 = SYSTEM(1020)
   IF T1 - T0 < BEST.PARSE THEN BEST.PARSE = T1 - T0
   IF T2 - T1 < BEST.BUILD THEN BEST.BUILD = T2 - T1
NEXT R
PRINT "parse " : BEST.PARSE : " build " : BEST.BUILD : " records " : DOC{'count'} : " bytes " : LEN(OUT)
