* External CALL: by reference, by value in brackets, expressions, a matrix element, MAT matrix and CALL @var
A = 5
CALL ARG.TRIPLE(A)
PRINT "BYREF=":A
B = 5
CALL ARG.TRIPLE((B))
PRINT "BYVALUE=":B
CALL ARG.TRIPLE(A + B)
PRINT "EXPR=":A:",":B
DIM V(3)
V(1) = 1 ; V(2) = 2 ; V(3) = 3
CALL ARG.TRIPLE(V(3))
PRINT "ELEMENT=":V(1):",":V(2):",":V(3)
DIM W(4)
FOR I = 1 TO 4
   W(I) = I * I
NEXT I
TOTAL = ""
CALL ARG.MATSUM(MAT W, TOTAL)
PRINT "MATSUM=":TOTAL:" W1=":W(1):" W4=":W(4)
RTN = "ARG.TRIPLE"
N = 7
CALL @RTN(N)
PRINT "INDIRECT=":N:" NAME=":RTN
CALL @RTN(N)
PRINT "AGAIN=":N
NAMES = "ARG.TRIPLE":@FM:"ARG.NEGATE"
FOR I = 1 TO 2
   SUB.NAME = NAMES<I>
   X = 4
   CALL @SUB.NAME(X)
   PRINT "LIST":I:"=":X
NEXT I
END
