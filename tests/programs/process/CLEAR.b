* CLEAR: every variable of the program becomes integer 0, matrix elements too; COMMON is left alone.
COMMON /KEEP/ K
K = "common"
A = 5
B = "text"
DIM M(2)
M(1) = "x"
M(2) = "y"
CLEAR
PRINT A : "|" : B : "|" : M(1) : "|" : M(2) : "|" : K
* A variable first met after CLEAR was cleared too: it is assigned.
PRINT ASSIGNED(C) : " " : C + 1
