* INPUT takes queued DATA first (echoed), then lines of standard input (not echoed); end of input gives ""
PROMPT ""
DATA "queued"
INPUT Q
PRINT "Q=":Q
PRINT "Name: ":
INPUT NAME
PRINT "Hello, ":NAME
INPUT LINE2
PRINT "LINE2=[":LINE2:"]"
INPUT LINE3
PRINT "LINE3=[":LINE3:"]"
INPUT GONE
PRINT "GONE=[":GONE:"]"
INPUT GONE.AGAIN
PRINT "GONE.AGAIN=[":GONE.AGAIN:"]"
END
