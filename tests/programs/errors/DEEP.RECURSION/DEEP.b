FUNCTION DEEP(N)
DEFFUN DEEP(N)
IF N <= 0 THEN RETURN 0
RETURN 1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + (1 + DEEP(N - 1))))))))))))
