* Benchmark gosub: 10,000,000 GOSUB/RETURN pairs to an internal subroutine that adds 1 to a counter.
* Compared with gosub.lua by scripts/bench.sh; target no slower than Lua's local function calls.
C = 0
FOR I = 1 TO 10000000
   GOSUB ADD.ONE
NEXT I
PRINT C
STOP

ADD.ONE:
   C = C + 1
   RETURN
END
