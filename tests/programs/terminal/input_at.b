* INPUT @(x, y) when standard input is not a terminal (input_at.in): the cursor is placed, then a line is
* read as INPUT reads it. DATA comes first and is echoed; UPCASE, the length and a trailing ':' (no new
* line) apply; at the end of the input the variable gets "" and STATUS() is 1. The field editor that runs
* on a terminal is tested by tests/integration/test_terminal.py. Both are the built-in ~INPUT.AT at run time
DATA "from data"
INPUT @(5, 2), D
CRT "[":D:"]"
V = "old"
INPUT @(5, 3):V, 4 UPCASE
CRT "[":V:"]"
INPUT @(0, 4) W, 20: '20L'
CRT "|[":W:"]"
INPUT @(0, 5), E THEN CRT "then [":E:"] ":STATUS()
