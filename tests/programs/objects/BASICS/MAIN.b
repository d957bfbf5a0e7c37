* Objects: creation with arguments, methods, functions, properties, and shared references.
C = OBJECT("COUNTER", "first", 2)
C->BUMP
C->BUMP
C->ADD(5)
CRT C->VALUE
CRT C->SCALED(10)
CRT C->HITS
CRT C->NAME
C->NAME = "renamed"
CRT C->NAME
CRT C->STEP.SIZE
C->STEP.SIZE = 0
CRT C->STEP.SIZE
C->TWICE
CRT C->VALUE
C->TABLE(2) = "two"
CRT C->TABLE(2)
* Copying the variable shares the object.
D = C
D->ADD(100)
CRT C->VALUE
E = OBJECT("COUNTER", "second", 1)
E->BUMP
CRT E->VALUE : " " : C->VALUE
C = ""
CRT "C cleared"
D = ""
CRT "D cleared"
CRT "end"
END
