* DATA queues lines for INPUT; each DATA item is echoed as if typed; INPUT var, n keeps at most n characters
PROMPT ""
DATA "alpha", "beta", 12345
DATA "last"
INPUT A
PRINT "A=":A
INPUT B, 2
PRINT "B=":B
INPUT C:
PRINT "|C=":C
INPUT D
PRINT "D=":D
END
