* A function whose RETURN carries no value: the caller receives a null string
FUNCTION FN.SILENT(X)
Y = X * 2
RETURN
END
