* CLEAR COMMON {name} is CLEARCOMMON {name} (QM's CLEARCOMMON page): the unnamed COMMON, or the named
* block, becomes 0; other variables are left alone.
COMMON A, B
COMMON /MYDATA/ P, Q
A = "a" ; B = "b" ; P = "p" ; Q = "q" ; X = "x"
CLEAR COMMON
CRT A:B:P:Q:X
A = "a" ; B = "b"
CLEAR COMMON MYDATA
CRT A:B:P:Q:X
P = "p"
CLEARCOMMON MYDATA
CRT A:B:P:Q:X
CLEARCOMMON
CRT A:B:P:Q:X
