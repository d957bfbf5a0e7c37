* Nested external CALLs: each routine has its own variables; a by-reference argument is passed on down the chain
LEVEL = "main"
TRAIL = ""
CALL NEST.OUTER(TRAIL, 3)
PRINT "TRAIL=":TRAIL
PRINT "LEVEL=":LEVEL
END
