* A runtime error after ECHO OFF and TTYSET: the program stops and the terminal is as it was.
ECHO OFF
T = TTYGET()
T<1> = 0
TTYSET T
PRINT "FAILING"
X = UNSET + 1
