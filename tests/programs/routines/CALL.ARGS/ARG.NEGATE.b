* Negate the argument in place
SUBROUTINE ARG.NEGATE(X)
X = -X
RETURN
END
