* Run by CHAIN: the chaining program does not continue after it.
PRINT "chained to"
