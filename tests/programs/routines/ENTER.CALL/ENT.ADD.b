* Add the second argument to the first
SUBROUTINE ENT.ADD(X, Y)
X = X + Y
RETURN
END
