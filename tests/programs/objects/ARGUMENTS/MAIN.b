* Arguments of class routines, and copies made with OBJECT(obj).
L = OBJECT("LIST")
L2 = OBJECT("LIST", "x")
L->APPEND("a", "b")
L->APPEND
L->APPEND("c")
CRT L->COUNT : " " : L->JOINED("-")
L->TAKE.FIRST(FIRST)
CRT FIRST : " " : L->JOINED("/")
WORD = "keep"
DIM M(2)
M(1) = "p" ; M(2) = "q"
L->UPPER.ALL(WORD, MAT M)
CRT WORD : " " : M(1) : M(2)
CRT L->FACTORIAL(5)
CRT L->CALL.COUNT
COPY = OBJECT(L)
COPY->APPEND("d")
CRT L->JOINED("") : " " : COPY->JOINED("")
CRT L->CALL.COUNT : COPY->CALL.COUNT
L->TAKE.ALL(P1, P2)
CRT P1 : "+" : P2
