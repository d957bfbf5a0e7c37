* INPUTFIELD with standard input a file (inputfield.in): DATA first, then keys read through KEYCODE()'s
* bindings. Return ends the entry (STATUS() 0); another control key ends it with its code; a KEYEXIT key
* keeps the text typed and a KEYTRAP key the old value, STATUS() their action. Nothing is drawn.
DATA "hello world"
INPUTFIELD @(0, 0), V, 5 THEN PRINT "[":V:"] ":STATUS() ELSE PRINT "else"
INPUTFIELD @(1, 1), V, 10 THEN PRINT "[":V:"] ":STATUS()
INPUTFIELD @(1, 1), V, 10
PRINT "[":V:"] ":STATUS()
INPUTFIELD @(1, 1), V, 4
PRINT "[":V:"] ":STATUS()
INPUTFIELD @(1, 1), V, 10 UPCASE
PRINT "[":V:"] ":STATUS()
INPUTFIELD @(1, 1), V, 10
PRINT "[":V:"] ":STATUS()
KEYEXIT (5, 24)
KEYTRAP (7, 20)
INPUTFIELD @(1, 1), V, 10
PRINT "[":V:"] ":STATUS()
V = "orig"
INPUTFIELD @(1, 1), V, 10
PRINT "[":V:"] ":STATUS()
* With ":" the old value is shown and kept: EDIT types over it, APPEND adds to it, neither clears it.
V = "ab"
INPUTFIELD @(0, 0), :V, 10 EDIT
PRINT "[":V:"]"
V = "ab"
INPUTFIELD @(0, 0) :V, 10 APPEND
PRINT "[":V:"]"
V = "ab"
INPUTFIELD @(0, 0), :V, 10
PRINT "[":V:"]"
KEYEDIT (4, 21)
INPUTFIELD @(0, 0), V, 10
PRINT "[":V:"]"
INPUTFIELD @(0, 0), V, 3 PANNING
PRINT "[":V:"]"
INPUTFIELD @(0, 0), V, 6, "_." 'R#6'
PRINT "[":V:"]"
INPUTFIELD @(0, 0), V, (2 + 8) HIDDEN
PRINT "[":V:"]"
* At the end of input the old value stays and ELSE is taken, with STATUS() ER$EOF.
V = "keep"
INPUTFIELD @(0, 0), V, 10 TIMEOUT 2 THEN PRINT "then" ELSE PRINT "else [":V:"] ":STATUS()
