* A method the class does not have: a runtime error that names the class and the name.
C = OBJECT("SIMPLE")
C->ADD(1)
CRT "added"
C->NOPE
CRT "not reached"
