* Workload (d): CHANGE, CONVERT, TRIM and UPCASE over 1 MB of text, 10 times; prints a checksum of the
* results' lengths and a few of their characters. Run by scripts/bench.sh.
WORDS = "the quick  brown fox   jumps over the lazy dog "
S = ""
LOOP WHILE LEN(S) < 1000000 DO
   S := WORDS
REPEAT
T = 0
FOR K = 1 TO 10
   A = CHANGE(S, "fox", "cat")
   B = CONVERT("abc", "xyz", A)
   C = TRIM(B)
   D = UPCASE(C)
   T = T + LEN(A) + LEN(B) + LEN(C) + LEN(D) + SEQ(D[K * 7, 1])
NEXT K
PRINT T
END
