* KEYREADY() and INPUTBLK() with standard input a file (keyready.in: "first line", a newline, "abcdefg").
* INPUT, KEYIN() and INPUTBLK() share the input: what INPUT has read ahead is not lost.
PRINT KEYREADY()
INPUT L
PRINT L
PRINT KEYREADY()
PRINT INPUTBLK(3):" ":STATUS()
PRINT KEYIN()
PRINT INPUTBLK(0):"|"
PRINT INPUTBLK(100)
PRINT KEYREADY()
B = INPUTBLK(5)
PRINT LEN(B):" ":STATUS()
