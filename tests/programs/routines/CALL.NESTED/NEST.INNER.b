* Second level: append to the trail and call the leaf
SUBROUTINE NEST.INNER(T, K)
LEVEL = "inner"
T := "-I":K
CALL NEST.LEAF(T)
PRINT "INNER LEVEL=":LEVEL
RETURN
END
