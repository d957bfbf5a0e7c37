* STOP in a subroutine ends the program: its message is printed, then the objects the main program's
* variables hold are destroyed.
A = OBJECT("NODE", "a")
B = OBJECT("NODE", "b")
CALL FINISH(A)
CRT "not reached"
