* FOLD needs a width of at least 1 (QM itself loops for ever on a zero width)
PRINT "OK=":FOLD("ab cd", 2, "|")
PRINT "BAD=":FOLD("ab cd", 0)
PRINT "NOT REACHED"
END
