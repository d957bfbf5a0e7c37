* IN var {FOR tenths} THEN/ELSE with standard input a file (in.in holds "A", a newline and "z"): the code
* of one byte, THEN when one came; at the end var is 0, ELSE is taken and STATUS() is ER$EOF (3030). A
* byte read from a file is not echoed.
IN C
PRINT C
IN C FOR 10 THEN PRINT "then ":C ELSE PRINT "else ":C
* A FOR of 0 waits for ever, and a key came.
IN C FOR 0 ELSE PRINT "no key"
PRINT C:" ":STATUS()
C = "old"
IN C FOR 5 THEN
  PRINT "then ":C
END ELSE
  PRINT "else ":C:" ":STATUS()
END
IN C
PRINT C:" ":STATUS()
