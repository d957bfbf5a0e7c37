* Properties with arguments, matrix properties, chains of -> and a field of a property assigned.
G = OBJECT("GRID")
G->CELL(1, 2) = 5
G->CELL(2, 1) = 7
CRT G->CELL(1, 2) + G->CELL(2, 1)
CRT G->TOTAL : " " : G->TOTAL(2) : " " : G->TOTAL(1, 1)
G->CELL(2, 2) += 10
CRT G->CELL(2, 2)
G->LABELS(1) = "first"
G->LABELS(3) = "third"
CRT G->LABELS(1) : "," : G->LABELS(3)
G->OWNER = OBJECT("GRID")
G->OWNER->CELL(1, 1) = 99
CRT G->OWNER->CELL(1, 1) : " " : G->CELL(1, 1)
CRT G->OWNER->TOTAL
CRT LEN(G->LABELS(1))
G->LABELS(2) = "a"
G->LABELS(2)<3> = "c"
G->LABELS(2)<3> := "d"
CRT CHANGE(G->LABELS(2), @FM, "^")
