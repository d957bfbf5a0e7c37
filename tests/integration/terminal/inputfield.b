* INPUTFIELD on a terminal, driven by tests/integration/test_terminal.py: the old value shown and extended,
* a HIDDEN field ended by a function key, and a field that times out.
PRINT @(-1):"START"
PRINT @(0, 1):"NAME:":
V = "old"
INPUTFIELD @(6, 1), :V, 10 THEN PRINT @(0, 4):"V=[":V:"] ":STATUS()
PRINT @(0, 2):"PASS:":
INPUTFIELD @(6, 2), W, 8 HIDDEN
PRINT @(0, 5):"W=[":W:"] ":STATUS()
INPUTFIELD @(6, 3), Z, 5 TIMEOUT 1 ELSE PRINT @(0, 6):"TIMEOUT ":STATUS()
PRINT @(0, 7):"DONE"
