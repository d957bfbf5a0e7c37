* Exchange two arguments
SUBROUTINE ARGC.PAIR(X, Y)
T = X
X = Y
Y = T
RETURN
END
