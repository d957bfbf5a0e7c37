X = LEN(1, 2)
Y = MOD(1)
Z = TRIM()
W = COL1(1)
