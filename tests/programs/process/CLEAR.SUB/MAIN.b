* CLEAR in a subroutine clears the subroutine's own variables; its parameters (the caller's variables)
* and COMMON are left alone, and so are the caller's other variables.
COMMON SHARED
SHARED = "shared"
ARG = "argument"
MINE = "caller's"
CALL CLEARER(ARG)
PRINT ARG : "|" : MINE : "|" : SHARED
