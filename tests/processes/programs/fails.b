* Prints a line, then stops with a runtime error: RUN returns 1.
PRINT "before the error"
X = 1 / 0
