* When DESTROY.OBJECT runs: at the last reference, in cascade for objects an object holds, never while a
* reference cycle lasts, and at the end of the program for what its variables still hold.
A = OBJECT("NODE", "a")
B = OBJECT("NODE", "b")
A->NEXT.NODE = B
B = ""
CRT "b still held by a"
A = ""
CRT "a and b gone"
C = OBJECT("NODE", "c")
C->LINK.TO.SELF
C = 0
CRT "c lives on in its own cycle"
D = OBJECT("NODE", "d")
D->LINK.TO.SELF
D->UNLINK
E = D
D = ""
CRT "d held by e"
F = OBJECT("NODE", "f")
CRT "end"
END
