* Workload (c): 200,000 date and 200,000 money OCONV/ICONV round trips with the codes in constants, then
* 200,000 more of each with the codes in variables; prints a checksum (kept
* below 2**31, as ScarletDME's integers are 32-bit). The money amounts start at $1,000.00: ScarletDME 2.6-6
* reads ICONV("$99.35", "MD2,$") as 9933500 (an amount without a thousands separator), where QM gives 9935.
* Run by scripts/bench.sh.
N = 200000
T = 0
FOR I = 1 TO N
   D = OCONV(MOD(I, 40000), "D4/")
   T = MOD(T + ICONV(D, "D4/"), 1000000)
   M = OCONV(I * 37 + 100000, "MD2,$")
   T = MOD(T + ICONV(M, "MD2,$"), 1000000)
NEXT I
DC = "D2-"
MC = "MD2"
FOR I = 1 TO N
   T = MOD(T + ICONV(OCONV(MOD(I, 30000), DC), DC), 1000000)
   T = MOD(T + ICONV(OCONV(I, MC), MC), 1000000)
NEXT I
PRINT T
END
