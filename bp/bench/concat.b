* Benchmark concat: append one character to a string 1,000,000 times with :=, then print its length.
* Compared with concat.lua by scripts/bench.sh; target at most 2x Lua's time.
S = ""
FOR I = 1 TO 1000000
   S := "x"
NEXT I
PRINT LEN(S)
END
