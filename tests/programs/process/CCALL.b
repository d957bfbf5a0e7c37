* CCALL compiles, and fails at run time: mvbasic cannot call C functions.
PRINT "before"
PID = CCALL("libc.so.6:getpid")
PRINT "not reached"
