* OPENSEQ overwrites X, which held the last reference to an object: its DESTROY.OBJECT runs inside the
* statement, and the clause OPENSEQ took (ELSE: the file does not exist yet) and STATUS() are kept.
X = OBJECT("NOISY")
OPENSEQ "STATE.KEPT.NEW" TO X THEN CRT "then" ELSE CRT "else, status ":STATUS()
CRT OBJINFO(X, 0)
