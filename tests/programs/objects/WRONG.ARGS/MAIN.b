* A method called with the wrong number of arguments.
C = OBJECT("SIMPLE")
CRT C->TWICE(4)
CRT C->TWICE(4, 5)
