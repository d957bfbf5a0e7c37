* APPEND.CHAIN - S = S : A : B ... keeps the meaning of the plain expression:
* the parts after S read the old S, and numbers join as their text.
D = "ab"
D = D : "-" : D : 1 + 1 : D[1, 1]
PRINT D
X = 5
X = X : X
PRINT X + 1
E = "q"
E = E : "" : ""
PRINT E : "|" : LEN(E)
L = ""
FOR I = 1 TO 3
  L = L : I : ","
NEXT I
PRINT L
* A function that changes its argument: the old S is what gets joined.
DEFFUN BUMP(V)
S = "s"
S = S : BUMP(S)
PRINT S
STOP
