* INPUT.EOF - reading standard input to its end: each line (a final line with no
* line feed too) sets STATUS() 0; at the end INPUT gives "" with STATUS() 1.
N = 0
LOOP
   INPUT L
UNTIL STATUS() DO
   N += 1
   PRINT N : ": [" : L : "] " : LEN(L)
REPEAT
PRINT "end: [" : L : "] STATUS " : STATUS()
INPUT L
PRINT "again: [" : L : "] STATUS " : STATUS()
