* A program that keeps asking for keys after the end of standard input stops with a runtime error instead
* of looping for ever (the 100th read in a row at the end).
N = 0
LOOP
  K = KEYIN()
  N += 1
UNTIL K = "q" DO REPEAT
PRINT "not reached"
