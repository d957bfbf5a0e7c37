* Calling a subroutine with the wrong number of arguments is a fatal run-time error (no VAR.ARGS): exit status 1
A = 1
B = 2
CALL ARGC.PAIR(A, B)
PRINT "PAIR=":A:",":B
CALL ARGC.PAIR(A)
PRINT "NOT REACHED"
END
