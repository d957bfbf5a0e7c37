* A runtime error inside a class routine reports the call stack through the object routines.
D = OBJECT("DEEP")
D->OUTER(1)
CRT "ok"
D->OUTER(0)
