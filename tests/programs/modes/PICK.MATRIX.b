* $MODE PICK.MATRIX: a matrix DIMensioned in the mode is Pick style. It has no zero element, and the data
* MATPARSE or MATREAD cannot fit goes, delimiters and all, to its last element (INMAT() 0); MATBUILD and
* MATWRITE leave out trailing null elements. A default matrix keeps the excess in its zero element.
* Works in /tmp/mvbasic-test-pickmatrix-<pid>, removed at the end.
REC = "a":@FM:"b":@FM:"c":@FM:"d":@FM:"e"
DIM D(3)
MATPARSE D FROM REC, @FM
CRT "default: INMAT ":INMAT():", D(3) ":D(3):", D(0) ":CONVERT(@FM, "^", D(0))
$MODE PICK.MATRIX
DIM P(3)
MATPARSE P FROM REC, @FM
CRT "Pick: INMAT ":INMAT():", P(1) ":P(1):", P(3) ":CONVERT(@FM, "^", P(3))
MATBUILD B FROM P USING ","
CRT "MATBUILD ":CONVERT(@FM, "^", B)
MATPARSE P FROM "x,y", ","
CRT "short: INMAT ":INMAT():", [":P(1):"][":P(2):"][":P(3):"]"
MATBUILD B FROM P USING ","
CRT "MATBUILD ":B:", INMAT ":INMAT()
ROOT = "/tmp/mvbasic-test-pickmatrix-":SYSTEM(1031)
OPENSEQ ROOT:"/DATA/seed" TO S ELSE NULL
WRITESEQ "seed" TO S ELSE STOP "cannot create ":ROOT
CLOSE S
OPENPATH ROOT:"/DATA" TO F ELSE STOP "cannot open the new file"
WRITE REC ON F, "R5"
DIM M(2)
MATREAD M FROM F, "R5" ELSE CRT "R5 missing?"
CRT "MATREAD: INMAT ":INMAT():", M(1) ":M(1):", M(2) ":CONVERT(@FM, "^", M(2))
M(2) = "" ; M(1) = "only"
MATWRITE M ON F, "W"
READ W FROM F, "W" THEN CRT "MATWRITE: [":CONVERT(@FM, "^", W):"]"
EXECUTE "SH -c 'rm -rf ":ROOT:"'" CAPTURING JUNK
* A Pick style matrix has no element 0.
CRT "element 0:"
CRT P(0)
