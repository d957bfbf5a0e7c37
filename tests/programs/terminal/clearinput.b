* CLEARINPUT (and INPUTCLEAR) discard type-ahead; with standard input a file that is all that is left.
K = KEYIN()
PRINT K
CLEARINPUT
PRINT KEYREADY()
K = KEYIN()
PRINT LEN(K):" ":STATUS()
INPUTCLEAR
PRINT "cleared"
