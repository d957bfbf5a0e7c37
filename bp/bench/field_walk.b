* Workload (e): build an N-field dynamic array, then read every field walking backwards and N fields in a
* pseudo-random order; prints a checksum. N is the last word of the command line (default 20,000):
* scripts/bench.sh runs it at N, 2N, 4N and 8N to show that the cost grows linearly.
N = FIELD(@SENTENCE, " ", DCOUNT(@SENTENCE, " "))
IF NOT(NUM(N)) OR N < 1 THEN N = 20000
R = ""
FOR I = 1 TO N
   R<-1> = I * 7
NEXT I
T = 0
FOR I = N TO 1 STEP -1
   T = MOD(T + R<I>, 1000003)
NEXT I
X = 1
FOR K = 1 TO N
   X = MOD(X * 1103 + 12345, N) + 1
   T = MOD(T + R<X>, 1000003)
NEXT K
PRINT T
END
