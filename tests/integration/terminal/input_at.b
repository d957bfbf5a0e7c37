* INPUT @ on a terminal, driven by tests/integration/test_terminal.py: it is INPUTFIELD's editor, so the
* old value is shown and edited, and KEYEXIT and KEYTRAP keys end it with their action in STATUS().
PRINT @(-1):"START"
PROMPT ""
KEYEXIT (7, 24)
KEYTRAP (9, 20)
PRINT @(0, 1):"CODE:":
V = "abc"
INPUT @(6, 1):V, 10
PRINT @(0, 5):"V=[":V:"] ":STATUS()
PRINT @(0, 2):"EXIT:":
INPUT @(6, 2), X, 8
PRINT @(0, 6):"X=[":X:"] ":STATUS()
PRINT @(0, 3):"TRAP:":
T = "keep"
INPUT @(6, 3), T
PRINT @(0, 7):"T=[":T:"] ":STATUS()
PRINT @(0, 8):"DONE"
