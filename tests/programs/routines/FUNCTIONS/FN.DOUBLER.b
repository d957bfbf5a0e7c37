* Twice the argument; the caller knows it as TWICE through DEFFUN ... CALLING
FUNCTION FN.DOUBLER(X)
RETURN X * 2
END
