* CLEARCOMMON sets the unnamed COMMON variables to 0 and leaves named COMMON alone.
COMMON A, B, M(2)
COMMON /NAMED/ C
A = "a" ; B = 5 ; M(1) = "m1" ; M(2) = "m2" ; C = "c"
CLEARCOMMON
PRINT A, B, M(1), M(2), C
