* First level: append to the trail, call the next level, append again
SUBROUTINE NEST.OUTER(T, N)
LEVEL = "outer"
T := "O":N
CALL NEST.INNER(T, N * 2)
T := "/O"
PRINT "OUTER LEVEL=":LEVEL
RETURN
END
