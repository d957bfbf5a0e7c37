* MATREADCSV mat FROM fv: the next CSV record, one field to an element; fields beyond the matrix go to its
* zero element, elements beyond the record become null.
PATH = "/tmp/mvbasic-csv-matread-" : SYSTEM(1031)
OSDELETE PATH
OPENSEQ PATH TO F ELSE NULL
WRITESEQ 'a,"b,c",d,e,f' TO F ELSE NULL
WRITESEQ '"x"' TO F ELSE NULL
CLOSESEQ F
DIM M(3)
OPENSEQ PATH TO F ELSE STOP "lost ":PATH
MATREADCSV M FROM F THEN PRINT M(1) : "|" : M(2) : "|" : M(3) : "|" : CONVERT(@FM, "^", M(0))
MATREADCSV M FROM F ELSE PRINT "no record"
PRINT M(1) : "|" : M(2) : "|" : M(3) : "|" : M(0) : "|"
MAT M = "old"
MATREADCSV M FROM F THEN PRINT "then" ELSE PRINT "end of file, M(1) still " : M(1)
CLOSESEQ F
OSDELETE PATH
