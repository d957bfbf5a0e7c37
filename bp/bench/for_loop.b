* Benchmark for_loop: 10,000,000 passes of a counted loop adding the counter to a total.
* Compared with for_loop.lua by scripts/bench.sh; target at most 1.5x Lua's time.
X = 0
FOR I = 1 TO 10000000
   X = X + I
NEXT I
PRINT X
END
