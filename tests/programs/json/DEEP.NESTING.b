* Collections nested far deeper than JSON allows: JBUILD() and COLLECTION() refuse them past 1,000 levels
* (STATUS() ER$BUILD.ERROR for JBUILD, a runtime error for COLLECTION()), and freeing them does not
* exhaust the stack.
$INCLUDE SYSCOM ERR.H
C = COLLECTION()
FOR I = 1 TO 200000
   D = COLLECTION()
   D{'in'} = C
   C = D
NEXT I
PRINT '[' : JBUILD(C) : '] ' : (STATUS() = ER$BUILD.ERROR)
PRINT ELEMENT.EXISTS(C{'in/in/in/in'})
C = 0
D = 0
PRINT 'freed'
