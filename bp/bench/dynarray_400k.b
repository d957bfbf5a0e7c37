* Benchmark dynarray_400k: build a 400000-field dynamic array with <-1>, then sum it walking forward with R<I>.
* Compared with "lua5.4 dynarray_build_sum.lua 400000" by scripts/bench.sh; target at most 3x Lua's time, and
* dynarray_400k.b at most 2.3x the time of dynarray_200k.b (the two differ only in N), so the walk is linear.
N = 400000
R = ""
FOR I = 1 TO N
   R<-1> = I
NEXT I
T = 0
FOR I = 1 TO N
   T = T + R<I>
NEXT I
PRINT T
END
