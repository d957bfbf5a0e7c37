* REUSE() with the arithmetic operators (QM's REUSE page): where one numeric array runs out, its last
* field, value or subvalue is used again instead of 0 (or 1 for a divisor or an exponent).
A = "1":@FM:"2":@FM:"3"
B = "10":@FM:"20"
CRT CONVERT(@FM, "^", A + B), CONVERT(@FM, "^", A + REUSE(B))
CRT CONVERT(@FM, "^", A + 10), CONVERT(@FM, "^", A + REUSE(10))
CRT CONVERT(@FM, "^", REUSE(10) - A), CONVERT(@FM, "^", A * REUSE(2)), CONVERT(@FM, "^", A / REUSE(2))
CRT CONVERT(@FM, "^", A ** REUSE(2)), CONVERT(@FM, "^", A // REUSE(2))
V = "1":@VM:"2":@VM:"3":@FM:"4"
CRT CONVERT(@FM:@VM, "^]", V + REUSE("5":@VM:"6"))
CRT 7 + REUSE(3)
