* Compile errors in the keyboard statements: each line below is reported, and nothing runs (exit 3).
PRINT "not run"
BREAK
INPUTFIELD V, 10
KEYEDIT 2, 1
KEYTRAP (1 2)
INPUTFIELD @(1, 2) V 10
