* INPUT.RUNAWAY - a loop that asks for input after standard input has ended stops
* with a runtime error (exit status 1) instead of looping for ever.
LOOP
   INPUT L
   PRINT "[" : L : "]"
REPEAT
