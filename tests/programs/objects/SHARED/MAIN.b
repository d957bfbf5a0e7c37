* SHARED variables across the objects of a class, copies, and a new set once every object is gone.
A = OBJECT("TICKET")
B = OBJECT("TICKET")
CRT A->NUMBER : B->NUMBER : A->ISSUED.SO.FAR : B->ISSUED.SO.FAR
CRT B->HISTORY(1) : "," : A->HISTORY(2)
A->HISTORY(3) = "set through a"
CRT B->HISTORY(3)
C = OBJECT(A)
CRT C->ISSUED.SO.FAR : C->NUMBER
A = "" ; B = "" ; C = ""
D = OBJECT("TICKET")
CRT D->NUMBER
