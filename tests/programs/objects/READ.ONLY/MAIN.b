* A READONLY property can be read but not assigned.
C = OBJECT("SIMPLE")
C->ADD(7)
CRT C->HITS
C->HITS = 1
