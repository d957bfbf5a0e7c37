* Multiply the argument by three in place
SUBROUTINE ARG.TRIPLE(X)
X = X * 3
RETURN
END
