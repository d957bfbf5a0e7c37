* Factorial, computed by the function calling itself
FUNCTION FN.FACT(N)
DEFFUN FN.FACT(N)
IF N <= 1 THEN RETURN 1
RETURN N * FN.FACT(N - 1)
END
