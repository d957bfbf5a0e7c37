* JBUILD(): a collection built by the program, arrays (MAT(), append, insert, delete), Booleans, nested
* collections, escapes, the modes, and the failures that return "" with STATUS() ER$BUILD.ERROR.
$INCLUDE SYSCOM KEYS.H
$INCLUDE SYSCOM ERR.H
C = COLLECTION()
C{'name'} = 'Acme "Ltd"'
C{'id'} = 42
C{'rate'} = 1.25
C{'half'} = 10 / 4
C{'code'} = '007'
C{'active'} = BOOL(5)
C{'closed'} = BOOL('')
C{'list'} = MAT()
C{'list', -1} = 'x'
C{'list', 2} = 3
INS 'first' AS C{'list', 1}
C{'nested', 'deep'} = 'y'
C{'lines'} = 'a' : CHAR(10) : 'b' : CHAR(9) : '\'
PRINT JBUILD(C)
PRINT STATUS() : ' ' : INMAT(C{'list'})
* Delete and replace array elements; an index past the end + 1 is a runtime error (see ARRAY.GAP).
DEL C{'list', 2}
C{'list'}{1} = 'one'
PRINT JBUILD(C{'list'})
* MAT(matrix {, n}): a dimensioned matrix copied row by row.
DIM M(2, 2)
M(1, 1) = 'a' ; M(1, 2) = 'b' ; M(2, 1) = 'c' ; M(2, 2) = 'd'
C{'grid'} = MAT(M)
C{'part'} = MAT(M, 3)
PRINT JBUILD(C{'grid'}) : ' ' : JBUILD(C{'part'})
* Round trip: parse and build give the same text.
DOC = '{"a":[1,2.5,-3e-05,true,false,null,{"b":"x\"y"}],"c":{}}'
PRINT JBUILD(JPARSE(DOC)) = DOC
* Modes.
D = COLLECTION()
D{'n'} = '12'
D{'e'} = ''
D{'s'} = "it's"
PRINT JBUILD(D)
PRINT JBUILD(D, JB$NUM)
PRINT JBUILD(D, JB$NULL)
PRINT JBUILD(D, JB$SQUOTE.NAME + JB$SQUOTE.VALUE)
PRINT JBUILD(D, JB$NOQUOTE.NAME + JB$NOQUOTE.VALUE)
* A value JSON cannot hold: "" and ER$BUILD.ERROR, or null with JB$INVALID.
OPENSEQ '/dev/null' TO F ELSE STOP 'no /dev/null'
D{'file'} = F
PRINT '[' : JBUILD(D) : '] ' : (STATUS() = ER$BUILD.ERROR)
PRINT JBUILD(D, JB$INVALID)
* A collection that holds itself cannot be built either.
D{'file'} = D
PRINT '[' : JBUILD(D) : '] ' : STATUS()
DEL D{'file'}
PRINT JBUILD(D)
* MAT m = MAT c{path} (the hidden MAT.FROM built-in): an array copied into a dimensioned matrix, as many
* elements as both hold.
DIM OUT(3)
MAT OUT = ''
MAT OUT = MAT C{'part'}
PRINT OUT(1) : OUT(2) : OUT(3)
C{'two'} = MAT(M, 2)
MAT OUT = '-'
MAT OUT = MAT C{'two'}
PRINT OUT(1) : OUT(2) : OUT(3)
