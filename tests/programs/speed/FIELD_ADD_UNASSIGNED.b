* T = T + R<J> with J never assigned: the fused instruction reports the field number as the unfused
* LOAD would, on the statement's line, and the program stops with exit status 1.
T = 1
R = "5"
PRINT "before"
T = T + R<J>
PRINT "not reached"
END
