* Benchmark files: one phase of the file benchmark, timed from outside by bp/bench/files.sh.
*   mvbasic run files.b PHASE FILE N
* PHASE is WRITE (N records of about 200 bytes, ids 1..N, each WRITE its own implicit transaction), READ (N
* READs of ids drawn at random), SELECT (SELECT and READNEXT every id) or DELETE (every record). FILE is a
* hashed or directory file OPEN finds. Prints how many records the phase touched. INDEX (N unused) gives
* FILE, a hashed file with a dictionary, an index on field 1 (a different key for every record), for
* measuring what an index adds to WRITE and DELETE.
PHASE = FIELD(@SENTENCE, " ", 3)
NAME = FIELD(@SENTENCE, " ", 4)
N = FIELD(@SENTENCE, " ", 5) + 0
IF PHASE = "INDEX" THEN
   OPEN "DICT", NAME TO D ELSE STOP "cannot open DICT ":NAME:": ":STATUS()
   WRITE "D":@FM:1 ON D, "NAME"
   EXECUTE "CREATE.INDEX ":NAME:" NAME"
   EXECUTE "BUILD.INDEX ":NAME:" NAME"
   STOP
END
OPEN NAME TO F ELSE STOP "cannot open ":NAME:": ":STATUS()
PAD = STR("x", 150)
COUNT = 0
BEGIN CASE
   CASE PHASE = "WRITE"
      FOR I = 1 TO N
         WRITE "Customer ":I:@FM:"Street":@VM:"Town":@FM:PAD:@FM:I ON F, I
      NEXT I
      COUNT = N
   CASE PHASE = "READ"
      RANDOMIZE 1
      FOR I = 1 TO N
         READ R FROM F, RND(N) + 1 THEN COUNT += 1
      NEXT I
   CASE PHASE = "SELECT"
      SELECT F
      LOOP WHILE READNEXT ID DO COUNT += 1 REPEAT
   CASE PHASE = "DELETE"
      FOR I = 1 TO N
         DELETE F, I
      NEXT I
      COUNT = N
END CASE
PRINT PHASE:" ":COUNT
