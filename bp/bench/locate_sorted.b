* Workload (b): 20,000 inserts into a list kept sorted with LOCATE ... BY "AR" SETTING and INS, then 20,000
* lookups of the same keys; prints a checksum of the positions found and the list's ends. Run by
* scripts/bench.sh.
N = 20000
L = ""
X = 1
FOR I = 1 TO N
   X = MOD(X * 1103 + 12345, 1000003)
   LOCATE X IN L<1> BY "AR" SETTING P ELSE INS X BEFORE L<P>
NEXT I
T = 0
X = 1
FOR I = 1 TO N
   X = MOD(X * 1103 + 12345, 1000003)
   LOCATE X IN L<1> BY "AR" SETTING P THEN T = T + MOD(P * I, 1009)
NEXT I
PRINT T : " " : DCOUNT(L, @FM) : " " : L<1> : " " : L<N>
END
