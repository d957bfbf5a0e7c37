* Workload (a): parse 100,000 CSV lines with FIELD into a dynamic array of records (one field per record,
* its columns as values), then print a checksum of two columns. Run by scripts/bench.sh.
N = 100000
TEXT = ""
FOR I = 1 TO N
   TEXT<-1> = I : ",item" : MOD(I, 97) : "," : MOD(I * 7, 1000) : "," : MOD(I, 13) : ".25"
NEXT I
RECS = ""
FOR I = 1 TO N
   LINE = TEXT<I>
   RECS<-1> = FIELD(LINE, ",", 1) : @VM : FIELD(LINE, ",", 2) : @VM : FIELD(LINE, ",", 3) : @VM : FIELD(LINE, ",", 4)
NEXT I
T = 0
C = 0
FOR I = 1 TO N
   T = T + RECS<I, 3>
   C = C + LEN(RECS<I, 2>)
NEXT I
PRINT T : " " : C
END
